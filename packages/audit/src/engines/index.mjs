// The browser engines yilan-audit runs in, and which options each can honour: checked before any
// browser starts, so an option an engine would ignore is a usage error, never a silent gap.
import { UsageError } from '../modes.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Options only Chromium (Playwright) honours, with what the user set to ask for them. */
const CHROMIUM_ONLY = [
  ['--setup', o => !!o.setup],
  ['--http-credentials', o => !!o.httpCredentials],
  ['--header', o => !!o.extraHTTPHeaders],
  ['--crawl (it discovers pages in Chromium)', o => !!o.crawl],
  ['--screenshots', o => o.screenshots > 0],
  ['--viewport phone (touch and mobile emulation)', o => !!o.viewport?.mobile],
  ['per-URL actions', o => o.urls?.some(u => u.actions?.length)],
];

/** The engine's name, after checking it can honour every option in `o` (settled options). */
export function checkEngine(name, o) {
  const engine = name ?? 'chromium';
  if (!ENGINES.includes(engine))
    throw new UsageError(`--browser must be one of ${ENGINES.join(', ')} (not ${engine})`);
  if (engine === 'chromium') return engine;
  const refused = CHROMIUM_ONLY.filter(([, asked]) => asked(o)).map(([option]) => option);
  if (refused.length)
    throw new UsageError(
      `--browser ${engine} cannot honour ${refused.join(', ')}: only Chromium can; drop ${refused.length > 1 ? 'them' : 'it'} or audit with --browser chromium`,
    );
  return engine;
}

export async function launchEngine(name, options) {
  if (name === 'firefox') return (await import('./firefox.mjs')).launchFirefox(options);
  if (name === 'webkit') return (await import('./webkit.mjs')).launchWebKit(options);
  return (await import('./chromium.mjs')).launchChromium(options);
}
