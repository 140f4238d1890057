import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a composite widget, arrow keys inside it (APG toolbar pattern,
 * https://www.w3.org/WAI/ARIA/apg/patterns/toolbar/). The host says which element holds the
 * items; hidden items are skipped.
 */
export class RovingTabindexController implements ReactiveController {
  private readonly container: () => HTMLElement | null;
  private current = 0;

  constructor(host: ReactiveControllerHost, container: () => HTMLElement | null) {
    this.container = container;
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Visible, enabled items in DOM order. */
  items(): HTMLElement[] {
    const root = this.container();
    if (!root) return [];
    return Array.from(root.querySelectorAll<HTMLElement>('button')).filter(
      b => !b.closest('[hidden]'),
    );
  }

  /** Handle a keydown on the container; returns true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    const items = this.items();
    if (!items.length) return false;
    const index = Math.max(0, items.indexOf(event.composedPath()[0] as HTMLElement));
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
      next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next < 0 || event.altKey || event.ctrlKey || event.metaKey) return false;
    this.focus(items[next]);
    return true;
  }

  /** Make `item` the tab stop and focus it. */
  focus(item: HTMLElement): void {
    this.current = this.items().indexOf(item);
    this.sync();
    item.focus();
  }

  /** Focus the current tab stop (when the toolbar opens). */
  focusCurrent(): void {
    const items = this.items();
    items[Math.min(this.current, items.length - 1)]?.focus();
  }

  private sync(): void {
    const items = this.items();
    if (this.current >= items.length) this.current = 0;
    items.forEach((item, i) => {
      item.tabIndex = i === this.current ? 0 : -1;
    });
  }
}
