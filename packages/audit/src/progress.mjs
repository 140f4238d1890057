// The terminal's view of a run: a bar with the ETA redrawn in place on a terminal, one line a page
// with the ETA in a CI log.
import { count } from './reports/common.mjs';

const time = s => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

export class Progress {
  constructor(out, gate) {
    this.out = out;
    this.gate = gate;
    this.tty = !!out.isTTY;
    this.done = 0;
    this.total = 0;
  }

  start(total) {
    this.total = total;
    this.started = Date.now();
    if (this.tty && total) this.out.write(`[${'-'.repeat(24)}] 0/${total} 0% eta …`);
  }

  page(page) {
    this.done++;
    const elapsed = (Date.now() - this.started) / 1000;
    const eta = time((elapsed / this.done) * (this.total - this.done));
    const pct = Math.round((this.done / this.total) * 100);
    const line = describe(page, this.gate);
    if (this.tty) {
      const width = 24;
      const full = Math.round((this.done / this.total) * width);
      this.out.write(`\r\x1b[2K${line}\n`);
      this.out.write(
        `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${this.done}/${this.total} ${pct}% eta ${eta}`,
      );
    } else this.out.write(`[${this.done}/${this.total} ${pct}% eta ${eta}] ${line}\n`);
  }

  end() {
    if (this.tty && this.total) this.out.write('\r\x1b[2K');
    this.total = 0;
  }
}

function describe(page, gate) {
  if (page.status === 'not run') return `${page.url}  ${page.error}`;
  if (page.status === 'failed') return `${page.url}  did not load: ${page.error}`;
  if (page.status === 'not a page') return `${page.url}  skipped: ${page.error}`;
  const modes = page.modes
    .map(m => `${m.mode} ${count(gate === 'added' ? m.added : m.violations)}`)
    .join(', ');
  const unfinished = page.unfinished
    ? `  UNFINISHED: ${page.unfinished.reason}${page.unfinished.notRun.length ? `; not run: ${page.unfinished.notRun.join(', ')}` : ''}`
    : '';
  const frames = page.notAudited?.length ? `  FRAMES NOT AUDITED: ${page.notAudited.length}` : '';
  return `${page.url}  ${modes}${page.unstable ? '  (unstable)' : ''}${unfinished}${frames}`;
}
