import type { AnyFeature } from '@yilan/core/feature/feature.js';

export type GroupId = 'common' | 'see' | 'listen' | 'read';

/**
 * The panel's sections, in order. 常用 first: what older readers reach for on a phone (a bigger
 * page in one tap, larger text, stronger colours, the page read to them); then by sense.
 * A feature not listed here (a site's own) goes to 读.
 */
const GROUPS: Readonly<Record<GroupId, readonly string[]>> = {
  common: ['elder-mode', 'zoom', 'color-scheme', 'continuous-reading'],
  see: ['grayscale', 'large-cursor', 'guide-lines', 'caption-screen', 'focus-ring', 'reading-view'],
  listen: ['point-reading', 'speech', 'speech-rate', 'speech-volume', 'speak-focus'],
  read: ['chinese-convert', 'pinyin', 'caption-pinyin', 'region-guide'],
};

/** The features in their sections, each in the order above; empty sections are left out. */
export function groupFeatures(
  features: readonly AnyFeature[],
): { id: GroupId; features: AnyFeature[] }[] {
  const ids = Object.keys(GROUPS) as GroupId[];
  const rank = (f: AnyFeature, id: GroupId): number => GROUPS[id].indexOf(f.id);
  const groupOf = (f: AnyFeature): GroupId => ids.find(id => rank(f, id) >= 0) ?? 'read';
  return ids
    .map(id => ({
      id,
      features: features
        .filter(f => groupOf(f) === id)
        .sort((a, b) => (rank(a, id) >>> 0) - (rank(b, id) >>> 0)),
    }))
    .filter(g => g.features.length > 0);
}
