// Reads the CPP polyphone benchmark (kakaobrain/g2pM, data/, Apache-2.0) from $YILAN_CPP_DIR:
// <split>.sent holds one sentence a line with the polyphonic character between two U+2581 marks,
// <split>.lb its reading, numbered (le5, lu:4). See bench/polyphone/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const cppDir = process.env.YILAN_CPP_DIR;

/** Whether `split` is on this machine. */
export function hasSplit(split) {
  return !!cppDir && existsSync(join(cppDir, `${split}.sent`));
}

/** The items of one split: { text, index (in code points), char, label (numbered, ü as v) }. */
export function readSplit(split) {
  if (!cppDir)
    throw new Error(
      'Set YILAN_CPP_DIR to the folder with the CPP files (bench/polyphone/README.md)',
    );
  const lines = name => readFileSync(join(cppDir, name), 'utf8').split('\n').filter(Boolean);
  const sents = lines(`${split}.sent`);
  const labels = lines(`${split}.lb`);
  if (sents.length !== labels.length)
    throw new Error(`${split}: ${sents.length} sentences, ${labels.length} labels`);
  return sents.map((sent, n) => {
    const [before, char, after] = sent.split('\u2581');
    if (after === undefined || [...char].length !== 1)
      throw new Error(`${split}:${n + 1}: no marked character`);
    return {
      text: before + char + after,
      index: [...before].length,
      char,
      label: labels[n].trim().replace('u:', 'v'),
    };
  });
}
