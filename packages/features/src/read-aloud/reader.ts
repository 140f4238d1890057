import type { Speaker } from './speaker.js';
import type { Highlighter } from './highlight.js';
import type { Paragraph, ReadingOrder } from './reading-order.js';
import { rangeOf } from './reading-order.js';
import type { Piece } from './text-chunks.js';
import { languageOf, sentences } from './text-chunks.js';

export type ReaderState = 'reading' | 'paused' | 'stopped';

interface Where {
  paragraph: number;
  sentence: number;
}

/**
 * 连读: reads paragraphs in order, one sentence at a time, highlighting and scrolling to each.
 * Paragraphs are pulled from the page as reading reaches them, so a long page starts at once.
 * Moving by sentence or paragraph cancels the sentence being said and goes on from the new place.
 */
export class Reader {
  private readonly seen: { paragraph: Paragraph; sentences: Piece[] }[] = [];
  private source: Iterator<Paragraph> | undefined;
  private at: Where = { paragraph: 0, sentence: 0 };
  private jump: Where | undefined;
  private running = false;
  private readonly listeners = new Set<(state: ReaderState) => void>();
  state: ReaderState = 'stopped';

  constructor(
    private readonly doc: Document,
    private readonly order: ReadingOrder,
    private readonly speaker: Speaker,
    private readonly highlighter: Highlighter,
  ) {}

  onState(listener: (state: ReaderState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: ReaderState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  /** Read from `start` (a node of the page) to the end of `root`; `offset` within its paragraph. */
  async read(start: Node, root: Node, offset = 0): Promise<void> {
    this.stop();
    this.seen.length = 0;
    this.source = this.order.from(start, root);
    const first = this.paragraph(0);
    const sentence = first
      ? Math.max(
          0,
          first.sentences.findIndex(s => s.end > offset),
        )
      : 0;
    this.at = { paragraph: 0, sentence };
    this.running = true;
    this.set('reading');
    await this.loop();
  }

  private paragraph(i: number): (typeof this.seen)[number] | undefined {
    while (this.seen.length <= i && this.source) {
      const next = this.source.next();
      if (next.done) {
        this.source = undefined;
        break;
      }
      this.seen.push({ paragraph: next.value, sentences: sentences(next.value.text) });
    }
    return this.seen[i];
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const entry = this.paragraph(this.at.paragraph);
      if (!entry) break;
      const piece = entry.sentences[this.at.sentence];
      if (!piece) {
        this.at = { paragraph: this.at.paragraph + 1, sentence: 0 };
        continue;
      }
      const { paragraph } = entry;
      const said = this.speaker.speak(piece.text, {
        lang: languageOf(piece.text, paragraph.lang),
      });
      this.show(paragraph, piece);
      const done = await said;
      if (!this.running) return;
      if (this.jump) {
        this.at = this.jump;
        this.jump = undefined;
        continue;
      }
      // Cancelled from outside (Escape, another reading mode): reading ends.
      if (!done) break;
      this.at = { paragraph: this.at.paragraph, sentence: this.at.sentence + 1 };
    }
    this.finish();
  }

  private show(paragraph: Paragraph, piece: Piece): void {
    const range = rangeOf(paragraph, piece.start, piece.end);
    this.highlighter.range(range, paragraph.block);
    const view = this.doc.defaultView;
    // Measured in the next frame, with the browser's own layout, never forcing one: on a large
    // page a forced layout here would hold the first word back by a whole style recalculation.
    view?.requestAnimationFrame(() => {
      if (!this.running) return;
      const box = (range ?? paragraph.block).getBoundingClientRect();
      if (box.top >= 0 && box.bottom <= view.innerHeight) return;
      const smooth = !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      paragraph.block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    });
  }

  private finish(): void {
    this.running = false;
    this.highlighter.release();
    this.set('stopped');
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.jump = undefined;
    this.speaker.cancel();
    this.finish();
  }

  togglePause(): void {
    if (this.state === 'reading') this.pause();
    else if (this.state === 'paused') this.resume();
  }

  pause(): void {
    if (this.state !== 'reading') return;
    this.speaker.pause();
    this.set('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.speaker.resume();
    this.set('reading');
  }

  /** Move by sentences (±1) within and across paragraphs. */
  moveSentence(step: number): void {
    let { paragraph, sentence } = this.at;
    sentence += step;
    while (paragraph >= 0 && sentence < 0) {
      paragraph--;
      sentence = paragraph >= 0 ? (this.paragraph(paragraph)?.sentences.length ?? 1) - 1 : 0;
    }
    this.go({ paragraph: Math.max(0, paragraph), sentence: Math.max(0, sentence) });
  }

  /** Move by paragraphs (±1), to their first sentence. */
  moveParagraph(step: number): void {
    const paragraph = Math.max(0, this.at.paragraph + step);
    if (step > 0 && !this.paragraph(paragraph)) return this.stop();
    this.go({ paragraph, sentence: 0 });
  }

  private go(where: Where): void {
    if (!this.running) return;
    this.jump = where;
    if (this.state === 'paused') this.set('reading');
    this.speaker.cancel();
  }

  /** The sentence being read (tests and the caption use it). */
  get current(): string {
    const entry = this.seen[this.at.paragraph];
    return entry?.sentences[this.at.sentence]?.text ?? '';
  }
}
