/** The six region kinds Chinese government toolbars name, in reading order of a typical page. */
export const REGION_KINDS = ['banner', 'nav', 'interaction', 'list', 'content', 'service'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** What a maintainer may write in `data-yilan-region`. */
export function isRegionKind(value: string | null | undefined): value is RegionKind {
  return (REGION_KINDS as readonly string[]).includes(value ?? '');
}

export interface Region {
  readonly kind: RegionKind;
  readonly element: Element;
  /** Its own label, or its first heading; empty when it has neither (the kind's name is used). */
  readonly label: string;
  /** Counted contents: links, fields, items or paragraphs, by kind. */
  readonly count: number;
  readonly source: 'annotation' | 'option' | 'landmark' | 'heuristic';
}
