import { test, expect, open, setMode } from '../helpers/test.js';

// What a screen reader meets: the toolbar's accessibility tree, closed and open (Spectrum-style).
test('toolbar accessibility tree, closed', async ({ page }) => {
  await open(page, '/fixtures/basic.html');
  await expect(page.getByRole('region', { name: '无障碍工具条' })).toMatchAriaSnapshot(`
    - region "无障碍工具条":
      - button "无障碍" [expanded=false]
      - status
  `);
});

test('toolbar accessibility tree, open with elder mode on', async ({ page }) => {
  await open(page, '/fixtures/basic.html');
  await setMode(page, { open: true, elder: true });
  await expect(page.getByRole('region', { name: '无障碍工具条' })).toMatchAriaSnapshot(`
    - region "无障碍工具条":
      - button "无障碍" [expanded]
      - toolbar "无障碍工具条":
        - group "常用":
          - button "长辈版" [pressed]
          - button "缩小"
          - text: 150%
          - button "放大"
          - button "配色/高对比度"
          - button "选择配色" [expanded=false]
        - group "看":
          - button "灰度"
          - button "大鼠标" [pressed]
          - button "鼠标样式" [expanded=false]
          - button "辅助线"
          - button "显示屏" [pressed]
          - button "焦点高亮" [pressed]
        - group "读":
          - button "区域指引"
          - button "区域列表"
        - paragraph: 这些是阅读偏好设置，帮您按自己的方式阅读本站；工具条本身并不能让网站变得无障碍。
        - group "帮助":
          - button "重置"
          - button "操作指引"
          - button "帮助"
          - button "关闭"
      - status
  `);
});
