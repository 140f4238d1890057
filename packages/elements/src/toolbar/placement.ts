/**
 * Where the closed entry button sits: never over a control of the page. Each candidate spot is
 * hit-tested (document.elementsFromPoint on a grid of points ≤ 20 px apart, skipping Yilan's own
 * hosts); the first spot whose topmost page element is not interactive wins. The current spot is
 * kept while it stays free, so the button does not wander. When every spot is taken the entry
 * docks as a slim tab at the side. Runs after the first frame, on resize, after a scroll settles
 * and after a mode change: a few dozen hit tests, no walk over the DOM.
 */

export type Side = 'top' | 'bottom';

const INTERACTIVE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'summary',
  'label',
  'iframe',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable=false])',
  '[tabindex]:not([tabindex="-1"])',
  '[onclick]',
  ...['button', 'link', 'menuitem', 'tab', 'checkbox', 'switch', 'combobox', 'searchbox']
    .concat(['textbox', 'slider', 'option', 'radio'])
    .map(role => `[role=${role}]`),
].join(',');

const MARGIN = 8;
const STEP = 20;

interface Spot {
  name: string;
  x: number;
  y: number;
  tab?: 'left' | 'right';
}

export interface PlacementTarget {
  doc: Document;
  /** The element covering the visual viewport, in whose (possibly scaled) px spots are given. */
  frame: HTMLElement;
  /** The positioned bar holding the entry. */
  bar: HTMLElement;
  /** Yilan's hosts in the page: whatever is inside them is not the page. */
  isOwn: (el: Element) => boolean;
  side: () => Side;
  rtl: () => boolean;
  /** False while the toolbar is open (the bar is then a sheet, not a button). */
  active: () => boolean;
}

export class Placement {
  private readonly target: PlacementTarget;
  private current = '';
  private last: Spot | undefined;
  private timer = 0;
  private readonly win: Window | null;
  private readonly onScroll = (): void => this.schedule(150);

  constructor(target: PlacementTarget) {
    this.target = target;
    this.win = target.doc.defaultView;
  }

  connect(): void {
    this.win?.addEventListener('scroll', this.onScroll, { passive: true });
    this.win?.addEventListener('load', this.onScroll);
    this.schedule(0);
  }

  disconnect(): void {
    this.win?.removeEventListener('scroll', this.onScroll);
    this.win?.removeEventListener('load', this.onScroll);
    if (this.timer) this.win?.clearTimeout(this.timer);
    this.timer = 0;
  }

  /** Place again after `delay` ms (restarted by each call: a scroll is placed once it stops). */
  schedule(delay = 50): void {
    const win = this.win;
    if (!win) return;
    if (this.timer) win.clearTimeout(this.timer);
    this.timer = win.setTimeout(() => {
      this.timer = 0;
      win.requestAnimationFrame(() => this.place());
    }, delay);
  }

  /** Choose a spot now. */
  place(): void {
    const { bar, frame } = this.target;
    if (!this.target.active()) return;
    // The full-size button, measured without the tab look.
    const tab = bar.classList.contains('tab');
    bar.classList.remove('tab');
    const w = bar.offsetWidth;
    const h = bar.offsetHeight;
    const fw = frame.offsetWidth;
    const fh = frame.offsetHeight;
    if (tab) bar.classList.add('tab');
    if (!w || !fw) return;
    const spots = this.spots(fw, fh, w, h);
    const current = spots.find(s => s.name === this.current);
    const free = (s: Spot): boolean => this.free(s, w, h);
    let chosen = current && free(current) ? current : spots.find(free);
    if (!chosen) {
      bar.classList.add('tab');
      const tw = bar.offsetWidth;
      const th = bar.offsetHeight;
      const tabs = this.tabs(fw, fh, tw, th);
      const now = tabs.find(s => s.name === this.current);
      if (now && this.free(now, tw, th)) chosen = now;
      else {
        // The free slot nearest the middle, or else the one over the fewest controls.
        let fewest = Infinity;
        for (const spot of tabs) {
          const hits = this.hits(spot, tw, th, fewest);
          if (hits < fewest) [fewest, chosen] = [hits, spot];
          if (!hits) break;
        }
      }
    }
    this.apply(chosen);
  }

  /** Put the bar back on the last chosen spot (after its classes were rewritten). */
  restore(): void {
    this.apply(this.last);
  }

  private apply(spot: Spot | undefined): void {
    const { bar } = this.target;
    this.last = spot;
    this.current = spot?.name ?? '';
    bar.classList.toggle('placed', !!spot);
    bar.classList.toggle('tab', !!spot?.tab);
    bar.classList.toggle('tab-left', spot?.tab === 'left');
    if (spot) {
      // Anchored to the edge it sits at, so a button that grows (elder mode) stays on screen.
      const [v, h] = spot.name.split('-');
      const right = h === 'right' || spot.tab === 'right';
      const px = (value: number | undefined): string =>
        value === undefined ? 'auto' : `${value}px`;
      bar.style.setProperty('--_l', px(right ? undefined : spot.x));
      bar.style.setProperty('--_r', px(right ? (spot.tab ? 0 : MARGIN) : undefined));
      bar.style.setProperty('--_t', px(v === 'bottom' ? undefined : spot.y));
      bar.style.setProperty('--_b', px(v === 'bottom' ? MARGIN : undefined));
      bar.dataset.spot = spot.name;
    } else delete bar.dataset.spot;
  }

  /** Corner spots first (the configured side's, the inline end first), then edge middles. */
  private spots(fw: number, fh: number, w: number, h: number): Spot[] {
    const left = MARGIN;
    const right = fw - w - MARGIN;
    const top = MARGIN;
    const bottom = fh - h - MARGIN;
    const ends = this.target.rtl() ? [left, right] : [right, left];
    const rows = this.target.side() === 'bottom' ? [bottom, top] : [top, bottom];
    const name = (x: number, y: number): string =>
      `${y === top ? 'top' : y === bottom ? 'bottom' : 'middle'}-${x === left ? 'left' : x === right ? 'right' : 'center'}`;
    const out: Spot[] = [];
    for (const y of rows) for (const x of ends) out.push({ name: name(x, y), x, y });
    const middle = Math.round((fh - h) / 2);
    const center = Math.round((fw - w) / 2);
    for (const x of ends) out.push({ name: name(x, middle), x, y: middle });
    for (const y of rows) out.push({ name: name(center, y), x: center, y });
    return out;
  }

  /** Slim tabs along the inline-end edge (then the other), from the middle outwards. */
  private tabs(fw: number, fh: number, w: number, h: number): Spot[] {
    const sides: ('left' | 'right')[] = this.target.rtl() ? ['left', 'right'] : ['right', 'left'];
    const middle = Math.round((fh - h) / 2);
    const ys = [middle];
    for (let d = h; middle - d >= MARGIN; d += h) ys.push(middle + d, middle - d);
    return sides.flatMap(tab =>
      ys.map(y => ({ name: `tab-${tab}-${y}`, x: tab === 'left' ? 0 : fw - w, y, tab })),
    );
  }

  /** True when no point of the spot's rectangle lands on a control of the page. */
  private free(spot: Spot, w: number, h: number): boolean {
    return this.hits(spot, w, h, 1) === 0;
  }

  /** How many points of the spot's rectangle land on a control of the page (counting to `limit`). */
  private hits(spot: Spot, w: number, h: number, limit: number): number {
    let count = 0;
    const { doc, frame, isOwn } = this.target;
    const box = frame.getBoundingClientRect();
    const k = frame.offsetWidth ? box.width / frame.offsetWidth : 1;
    // A 2 px ring around the button is tested too: a control just touching it counts as covered.
    const cols = Math.ceil((w + 4) / STEP);
    const rows = Math.ceil((h + 4) / STEP);
    for (let i = 0; i <= cols; i++)
      for (let j = 0; j <= rows; j++) {
        const x = box.left + (spot.x - 2 + (i * (w + 4)) / cols) * k;
        const y = box.top + (spot.y - 2 + (j * (h + 4)) / rows) * k;
        const top = doc.elementsFromPoint(x, y).find(el => !isOwn(el));
        if (top?.closest(INTERACTIVE) && ++count >= limit) return count;
      }
    return count;
  }
}
