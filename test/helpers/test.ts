import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
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
 * Every browser test gets a page whose console errors, uncaught exceptions and requests to any
 * origin but the test server are collected; a test fails if any appear (Yilan promises none).
 */
export const test = base.extend<{ log: PageLog }>({
  log: async ({ page, baseURL }, use) => {
    const allowed: RegExp[] = [];
    const log: PageLog = {
      allow: p => allowed.push(p),
      errors: [],
      warnings: [],
      foreignRequests: [],
    };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', message => {
      if (message.type() === 'error' && !allowed.some(p => p.test(message.text())))
        log.errors.push(message.text());
      if (message.type() === 'warning') log.warnings.push(message.text());
    });
    page.on('pageerror', error => log.errors.push(`pageerror: ${error.message}`));
    page.on('request', request => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        log.foreignRequests.push(url);
    });
    await use(log);
  },
});

test.afterEach(async ({ log }, info) => {
  if (info.status !== info.expectedStatus) return;
  expect(log.errors, 'console errors').toEqual([]);
  expect(log.foreignRequests, 'requests to other origins').toEqual([]);
});

export { expect };

/** Open a page and wait until Yilan has mounted its toolbar. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(
    () => !!window.Yilan && !!document.querySelector('yilan-toolbar')?.shadowRoot,
  );
}

/** Change settings through the public API and wait until every mode has applied and painted. */
export async function setMode(page: Page, partial: Record<string, unknown>): Promise<void> {
  await page.evaluate(async p => {
    window.Yilan!.set(p);
    await window.Yilan!.ready();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, partial);
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

declare global {
  interface Window {
    Yilan?: {
      get(): Record<string, unknown>;
      set(p: Record<string, unknown>): string[];
      reset(): void;
      open(): void;
      close(): void;
      on(e: string, fn: (e: Event) => void): () => void;
      ready(): Promise<void>;
      speak(text: string): Promise<boolean>;
      readElement(el: Element): Promise<void>;
      stopSpeaking(): void;
      version: string;
    };
  }
}
