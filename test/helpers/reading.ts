/** The article fixture continuous reading is tested on, in every engine. */
export const ARTICLE = '/fixtures/reading/article.html';

/** Everything continuous reading should say on the article fixture, in order. */
export const ARTICLE_ORDER = [
  '养老服务补贴政策',
  '本市户籍老年人可以申请补贴。',
  '详情见办事指南！',
  '年满八十周岁',
  '本市户籍',
  'Apply online.',
  'It takes five minutes.',
  'Hotline 12345',
  '补贴标准',
  '年龄，金额',
  '年龄：80 至 89 岁，金额：每月 100 元',
  '市徽',
  '姓名，编辑框，张三',
  '密码，密码框',
  '我已阅读须知，复选框，已选中',
  '提交申请，按钮',
];
