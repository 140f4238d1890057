/** The eSpeak NG voice for a language tag: Mandarin for every Chinese variant, else English. */
export function espeakVoice(lang: string): string | undefined {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh' || primary === 'cmn') return 'cmn';
  if (primary === 'en') return 'en-us';
  return undefined;
}

/** eSpeak speaks in words per minute; 175 is its normal pace. */
export const wordsPerMinute = (rate: number): number =>
  Math.round(Math.min(450, Math.max(80, 175 * rate)));
