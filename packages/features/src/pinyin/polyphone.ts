import { MODEL } from './polyphone-model.js';

/**
 * The polyphone model: for each polyphonic character it knows, a small linear classifier that
 * picks one of the character's readings from its neighbours and from pinyin-pro's own reading
 * (which carries pinyin-pro's word segmentation). Trained by bench/polyphone/train.mjs on the CPP
 * benchmark's dev split (docs/decisions/0010-polyphones.md). Readings are numbered (`zhong4`).
 * Nothing is decoded up front: a character's rows are searched as a string when it is met.
 */

/**
 * One character's classifier: its readings, and its rows as written in the model
 * (`;feature=w2,w3…`, the first reading's weight 0), searched as they are: nothing is decoded.
 */
interface Table {
  readings: string[];
  rows: string;
}

const tables = new Map<string, Table | null>();

/** pinyin-pro's readings from words this long or longer are kept. */
export const KEEP_WORDS = 3;

/** A character as a feature value: the code point in hex for Han, a class for anything else. */
function unit(char: string | undefined, end: string): string {
  if (char === undefined) return end;
  const code = char.codePointAt(0)!;
  if (code >= 0x3400) return code.toString(16);
  if (char >= '0' && char <= '9') return 'D';
  if (/[A-Za-z]/.test(char)) return 'L';
  if (/\s/.test(char)) return 'S';
  return 'P';
}

/**
 * The features of the character at `i`: pinyin-pro's reading, whether it came from a word of
 * pinyin-pro's dictionary and which word, and the characters just before and after it. Shared by
 * the trainer and the page. (Characters two or three places away and pairs of characters were
 * tried: they added nothing on dev for several times the size.)
 */
export function contextFeatures(
  chars: readonly string[],
  i: number,
  reading: string,
  word: string,
): string[] {
  const size = [...word].length;
  return [
    'b',
    `p${reading}`,
    `q${size > 1 ? 'W' : 'C'}${reading}`,
    ...(size > 1 ? [`w${[...word].map(c => unit(c, '')).join('.')}`] : []),
    `a${unit(chars[i - 1], '^')}`,
    `c${unit(chars[i + 1], '$')}`,
  ];
}

/** The table of `char`, or null: a lookup and a split of its readings, the first time. */
function tableFor(char: string): Table | null {
  let table = tables.get(char);
  if (table !== undefined) return table;
  const data = MODEL[char.codePointAt(0)!.toString(16)];
  const cut = data ? data.indexOf(';') : -1;
  table = data
    ? {
        readings: data.slice(0, cut < 0 ? data.length : cut).split(','),
        rows: `${data.slice(cut < 0 ? data.length : cut)};`,
      }
    : null;
  tables.set(char, table);
  return table;
}

/** The weights of `feature` in `table`, added to `scores`. */
function addWeights(table: Table, feature: string, scores: number[]): void {
  const at = table.rows.indexOf(`;${feature}=`);
  if (at < 0) return;
  const start = at + feature.length + 2;
  const weights = table.rows.slice(start, table.rows.indexOf(';', start)).split(',');
  for (let k = 1; k < scores.length; k++) scores[k] += Number(weights[k - 1]);
}

/** Whether the model has a classifier for `char`. */
export function knows(char: string): boolean {
  return tableFor(char) !== null;
}

/**
 * The model's reading (numbered) for the character at `i`, given pinyin-pro's (numbered);
 * undefined when the model has no classifier for that character.
 */
export function predict(
  chars: readonly string[],
  i: number,
  reading: string,
  word: string,
): string | undefined {
  // A reading from a word of three characters or more in pinyin-pro's dictionary (为人民服务 wèi)
  // stands: on dev the model overturned such readings about as often wrongly as rightly.
  if ([...word].length >= KEEP_WORDS) return undefined;
  const table = tableFor(chars[i]);
  if (!table) return undefined;
  // A reading from a word of pinyin-pro's dictionary (间隔 jiàn, 知识 zhī shi) stands unless the
  // model has learned that very word. On dev the model overturned such readings mostly where the
  // benchmark's convention differs (知识 shí, 衣服 fú: no neutral tone) or its label is doubtful
  // (勾当 gōu, 单于 dān), and its priors (间 is mostly jiān in encyclopaedia text) would reach words
  // it never saw. Cost on dev: 0.3 points (docs/decisions/0010-polyphones.md).
  const features = contextFeatures(chars, i, reading, word);
  const wordFeature = features.find(f => f.startsWith('w'));
  if (wordFeature && !table.rows.includes(`;${wordFeature}=`)) return undefined;
  if (table.readings.length === 1) return table.readings[0];
  const scores = new Array<number>(table.readings.length).fill(0);
  for (const feature of features) addWeights(table, feature, scores);
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return table.readings[best];
}
