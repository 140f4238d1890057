/** Yilan's five colour schemes (besides the page's own, "default"). */
export const SCHEMES = [
  'black-on-white',
  'white-on-black',
  'yellow-on-black',
  'black-on-yellow',
  'yellow-on-blue',
] as const;

/** Every Yilan state the a11y suite audits: each mode alone, plus the combinations users reach. */
export const MODES: readonly { name: string; settings: Record<string, unknown> }[] = [
  { name: 'default', settings: {} },
  { name: 'elder', settings: { elder: true } },
  ...SCHEMES.map(scheme => ({
    name: `scheme ${scheme}`,
    settings: { scheme },
  })),
  { name: 'grayscale', settings: { grayscale: true } },
  { name: 'zoom 150', settings: { zoom: 150 } },
  { name: 'zoom 200', settings: { zoom: 200 } },
  { name: 'cursor black', settings: { cursor: 'black' } },
  { name: 'cursor white', settings: { cursor: 'white' } },
  { name: 'guide lines', settings: { guides: true } },
  { name: 'caption screen', settings: { caption: true } },
  { name: 'strong focus', settings: { focus: true } },
  { name: 'region overlay', settings: { regions: true } },
  { name: 'point reading + speak focus', settings: { point: true, speakFocus: true } },
  { name: 'continuous reading', settings: { reading: true } },
  { name: 'traditional Chinese', settings: { traditional: true } },
  { name: 'pinyin', settings: { pinyin: true } },
  { name: 'pinyin in the caption screen', settings: { captionPinyin: true } },
  { name: 'reading view', settings: { readingView: true } },
  { name: 'voice off, slow and quiet', settings: { speech: false, rate: 0.5, volume: 0.2 } },
  {
    name: 'elder + yellow-on-blue + zoom 200',
    settings: { elder: true, scheme: 'yellow-on-blue', zoom: 200 },
  },
];
