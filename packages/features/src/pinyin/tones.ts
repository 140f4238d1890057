/**
 * Tone marks and tone numbers: `zhòng` is `zhong4`, the neutral tone `le` is `le5`, `ü` is `v`
 * (`lǜ` is `lv4`). The polyphone model stores readings with numbers, so its data stays ASCII.
 */
const MARKS = 'aāáǎàoōóǒòeēéěèiīíǐìuūúǔùvǖǘǚǜ';

/** `zhòng` → `zhong4`; no mark → tone 5 (neutral). */
export function toNumbered(syllable: string): string {
  let tone = 5;
  let plain = '';
  for (const char of syllable.normalize('NFC')) {
    const at = MARKS.indexOf(char === 'ü' ? 'v' : char);
    if (at < 0) {
      plain += char;
      continue;
    }
    if (at % 5) tone = at % 5;
    plain += MARKS[at - (at % 5)];
  }
  return plain + tone;
}

/** `zhong4` → `zhòng`, `lv4` → `lǜ`, `le5` → `le`. The mark goes on a, else o or e, else the last vowel. */
export function toMarked(numbered: string): string {
  const tone = Number(numbered.at(-1));
  let plain = numbered.slice(0, -1);
  if (!(tone >= 1 && tone <= 5)) return numbered;
  if (tone === 5) return plain.replace(/v/g, 'ü');
  let at = plain.search(/[ae]/);
  if (at < 0) at = plain.indexOf('ou');
  if (at < 0) {
    for (let i = plain.length - 1; i >= 0; i--)
      if ('iouv'.includes(plain[i])) {
        at = i;
        break;
      }
  }
  if (at >= 0) {
    const base = MARKS.indexOf(plain[at]);
    plain = plain.slice(0, at) + MARKS[base + tone] + plain.slice(at + 1);
  }
  return plain.replace(/v/g, 'ü');
}
