import { warn } from '@yilan/core/warn/warn.js';

/**
 * Define a custom element unless the name is taken. A second copy of Yilan on the page (two
 * script tags, or a bundle plus the tag) must not throw "name already defined".
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) {
    customElements.define(name, ctor);
    return;
  }
  if (existing !== ctor)
    warn(
      'already-defined',
      `<${name}> is already defined by another copy of Yilan; using that one`,
    );
}
