/** A piece of a longer text, with its place in that text. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Sentence ends: Chinese full stops, question and exclamation marks, semicolons, line breaks. */
const SENTENCE_END = /[。！？；!?;\n]+[”’」』）)]*|\.(?=\s|$)[”’)]*/g;
/** Where a long sentence may be cut: commas and the Chinese enumeration comma. */
const CLAUSE_END = /[，、,：:]+/g;

function pieces(text: string, pattern: RegExp, offset: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const to = m.index + m[0].length;
    push(out, text, from, to, offset);
    from = to;
  }
  push(out, text, from, text.length, offset);
  return out;
}

function push(out: Piece[], text: string, from: number, to: number, offset: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push({ text: text.slice(a, b), start: offset + a, end: offset + b });
}

/** Split text into sentences, at Chinese and Latin punctuation. */
export function sentences(text: string): Piece[] {
  return pieces(text, SENTENCE_END, 0);
}

/**
 * Cut text into pieces short enough that no browser stops reading midway (Chrome ends long
 * utterances after about 15 seconds): sentences, then clauses, then a hard cut at `max`
 * characters, preferring a space.
 */
export function speechChunks(text: string, max = 90): Piece[] {
  const out: Piece[] = [];
  for (const sentence of sentences(text)) {
    if (sentence.text.length <= max) {
      out.push(sentence);
      continue;
    }
    let current: Piece | undefined;
    for (const clause of pieces(sentence.text, CLAUSE_END, sentence.start)) {
      if (current && clause.end - current.start <= max) {
        current = {
          text: text.slice(current.start, clause.end),
          start: current.start,
          end: clause.end,
        };
        continue;
      }
      if (current) out.push(current);
      current = clause;
      while (current.text.length > max) {
        const space = current.text.lastIndexOf(' ', max);
        const cut = space > max / 2 ? space : max;
        push(out, text, current.start, current.start + cut, 0);
        let rest: number = current.start + cut;
        while (rest < current.end && /\s/.test(text[rest])) rest++;
        current = { text: text.slice(rest, current.end), start: rest, end: current.end };
      }
    }
    if (current && current.text) out.push(current);
  }
  return out;
}

/** The language to speak a piece in: Latin-only text on a Chinese page is English. */
export function languageOf(text: string, fallback: string): string {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text))
    return fallback.startsWith('zh') ? fallback : 'zh-CN';
  if (/[A-Za-z]/.test(text) && fallback.startsWith('zh')) return 'en';
  return fallback;
}
