/** True when the page itself is in traditional characters (zh-TW, zh-HK, zh-MO, zh-Hant). */
export function isTraditionalPage(doc: Document): boolean {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  return /^zh-(tw|hk|mo|hant)/.test(lang);
}
