// Every kind of page the demo portal has, with a real instance of each (queries URL-encoded).
// Shared by the accessibility tests and the benchmark.
const q = text => encodeURIComponent(text);

export const PORTAL_PAGES = [
  { name: 'home', path: '/' },
  { name: 'news list', path: '/news/' },
  { name: 'news article', path: '/news/n2026112001' },
  { name: 'policy library', path: '/policies/' },
  { name: 'policy search results', path: `/policies/?q=${q('高龄津贴')}` },
  { name: 'policy search, nothing found', path: `/policies/?q=${q('火星移民')}` },
  { name: 'policy document', path: '/policies/H01' },
  { name: 'policy interpretation', path: '/policies/H01/interpretation' },
  { name: 'Q&A', path: '/qa/' },
  { name: 'Q&A answers', path: `/qa/?q=${q('八十岁老人的津贴怎么领')}` },
  { name: 'Q&A without a confident answer', path: `/qa/?q=${q('我想办理护照')}` },
  { name: 'Q&A pair', path: '/qa/QH01' },
  { name: 'services', path: '/services/' },
  { name: 'service guide', path: '/services/elder-allowance' },
  { name: 'interaction', path: '/interact/' },
  { name: 'message form', path: '/interact/message' },
  { name: 'lookup (办件查询)', path: '/interact/track' },
  { name: 'published letters (公开信件)', path: '/interact/letters' },
  { name: 'booking (places left shown)', path: '/interact/booking?service=elder-card' },
  { name: 'policy matcher', path: '/interact/matcher?age=82&hukou=local&tag=chronic' },
  { name: 'error report', path: '/report?page=%2F' },
  { name: 'topics', path: '/topics/' },
  { name: 'topic', path: '/topics/elder-friendly' },
  { name: 'accessibility statement', path: '/about/accessibility' },
  { name: 'site map', path: '/about/sitemap' },
  { name: 'site search', path: `/search?q=${q('高龄')}` },
  { name: 'not found', path: '/no-such-page' },
];
