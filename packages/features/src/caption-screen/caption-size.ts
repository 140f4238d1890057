/** Caption type size: 28 px on phones up to 56 px on wide screens. */
export const CAPTION_FONT = 'clamp(28px, 4.5vw, 56px)';
/** Two lines of caption text plus padding: the bar's fixed height and the page's bottom room. */
export const CAPTION_HEIGHT = `calc(2 * 1.35 * ${CAPTION_FONT} + 28px)`;
