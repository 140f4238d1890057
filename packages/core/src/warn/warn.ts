/** Where each warning code is explained, relative to the repository, so it works from any mirror. */
const DOCS = 'docs/guide/warnings.md';

export type WarnFn = (code: string, message: string) => void;

/**
 * Report bad input without throwing. Used in production too: the spec promises a clear console
 * warning and a working toolbar for malformed options, corrupt storage and missing voices.
 */
export const warn: WarnFn = (code, message) => {
  // Console access itself can be hostile (a page may replace console); never let it throw.
  try {
    console.warn(`[yilan] ${code}: ${message} (${DOCS}#${code})`);
  } catch {
    /* nothing sensible left to do */
  }
};
