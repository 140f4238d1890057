import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
// The one declaration of `window.Yilan` (and the settings it takes) is the package's own.
import type { Settings } from 'yilan';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageLog {
  /** Console errors the page itself causes on purpose (e.g. a CSP refusing a policy). */
  allow(pattern: RegExp): void;
  errors: string[];
  warnings: string[];
  foreignRequests: string[];
}

/**
 * Every browser test gets a context whose console errors, uncaught exceptions and requests to any
 * origin but the test server are collected, on every page it opens; a test whose body passed fails
 * if any appear (Yilan promises none). The fixture is automatic: a test need not name it.
 */
export const test = base.extend<{ log: PageLog }>({
  log: [
    async ({ context, baseURL }, use, info) => {
      const allowed: RegExp[] = [];
      const log: PageLog = {
        allow: p => allowed.push(p),
        errors: [],
        warnings: [],
        foreignRequests: [],
      };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      context.on('console', message => {
        // "Failed to load resource" names no resource: the location does.
        const at = message.location().url;
        // The browser's own /favicon.ico guess on a page that names no icon is not the page's.
        if (at.endsWith('/favicon.ico')) return;
        if (message.type() === 'error')
          log.errors.push(
            at && !message.text().includes(at) ? `${message.text()} (${at})` : message.text(),
          );
        if (message.type() === 'warning') log.warnings.push(message.text());
      });
      context.on('weberror', error => log.errors.push(`pageerror: ${error.error().message}`));
      context.on('request', request => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          log.foreignRequests.push(url);
      });
      await use(log);
      // Only a body that passed is judged: a failure already says what went wrong.
      if (info.status !== 'passed') return;
      const errors = log.errors.filter(e => !allowed.some(p => p.test(e)));
      expect(errors, 'console errors').toEqual([]);
      expect(log.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open a page and wait until Yilan has mounted its toolbar. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(
    () => !!window.Yilan && !!document.querySelector('yilan-toolbar')?.shadowRoot,
  );
}

/**
 * Change settings through the public API and wait until every mode has applied and painted. Throws
 * when a requested key did not take: a renamed setting or a refused value would otherwise test the
 * page as it was.
 */
export async function setMode(page: Page, partial: Partial<Settings>): Promise<void> {
  const refused = await page.evaluate(async p => {
    const yilan = window.Yilan!;
    const changed = yilan.set(p);
    await yilan.ready();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const now = yilan.get();
    return (Object.keys(p) as (keyof Settings)[]).filter(
      k => !changed.includes(k) && JSON.stringify(now[k]) !== JSON.stringify(p[k]),
    );
  }, partial);
  if (refused.length)
    throw new Error(
      `Yilan.set() did not apply ${refused.join(', ')} of ${JSON.stringify(partial)}`,
    );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** Run axe-core (every rule, best practices included) in the page. */
export async function axe(
  page: Page,
  options: Record<string, unknown> = {},
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async opts => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], ...opts });
    return result.violations.map(v => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map(n => ({
        target: n.target,
        html: n.html,
        failureSummary: n.failureSummary,
      })),
    }));
  }, options);
}

/** A readable summary of violations for assertion messages. */
export function summary(violations: AxeViolation[]): string[] {
  return violations.flatMap(v =>
    v.nodes.map(n => `${v.id} ${JSON.stringify(n.target)} ${n.html.slice(0, 120)}`),
  );
}

/** The toolbar's shadow-DOM button with this accessible name (Playwright pierces open shadow roots). */
export function control(page: Page, name: string | RegExp) {
  return page.getByRole('button', { name, exact: typeof name === 'string' });
}
