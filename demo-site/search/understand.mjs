// Query understanding shared by policy search and Q&A: what the reader typed, rewritten into the
// words the portal's documents use, with every change recorded so the page can say what it did.
// Steps, in order: full-width → half-width (NFKC), traditional → simplified (OpenCC), 文号 in any
// bracket style → 〔〕, popular and old names → the documents' name (data/popular-names.json),
// pinyin (spaced, unspaced, initials) → corpus words, homophone typos → corpus words.
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import names from './data/popular-names.json' with { type: 'json' };
import { frequency } from './segment.mjs';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Aliases longest first, so 五保老人 wins over 五保户 and 人社部门 over shorter ones. */
export const POPULAR_NAMES = [...names.names].sort((a, b) => b.alias.length - a.alias.length);

const OPEN = '[\\[【(（〔［〖{]';
const CLOSE = '[\\]】)）〕］〗}]';
/**
 * 文号 as people type them → 示政办发〔2026〕31号: [2026], 【2026】, (2026), 2026年31号, "2026 31号".
 * A bare year not followed by a serial and 号 is left alone (2026年高龄津贴 stays as it is).
 */
export function normalizeDocNo(text) {
  return text
    .replace(
      new RegExp(
        `${OPEN}\\s*((?:19|20)\\d{2})\\s*${CLOSE}\\s*第?(\\d{1,4})\\s*号(?:文件|文)?`,
        'g',
      ),
      '〔$1〕$2号',
    )
    .replace(/((?:19|20)\d{2})\s*年\s*第?(\d{1,4})\s*号(?:文件|文)?/g, '〔$1〕$2号')
    .replace(
      /([\u3400-\u9fff])\s+((?:19|20)\d{2})\s+第?(\d{1,4})\s*号(?:文件|文)?/g,
      '$1〔$2〕$3号',
    )
    .replace(/〔((?:19|20)\d{2})〕(\d{1,4})号(?:文件|文)/g, '〔$1〕$2号')
    .replace(/([\u3400-\u9fff])\s+〔/g, '$1〔');
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 80 → 八十; 100 and up stay digits. */
export function chineseNumber(n) {
  if (n < 10) return CN_DIGITS[n];
  if (n < 100)
    return `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

/**
 * Ages and counts of one or two digits written as the documents write them (满80岁 → 满八十岁),
 * never part of a longer number: a year (2026), an amount (8000) or a percentage stay intact.
 */
export function chineseNumbers(text) {
  return text.replace(/(?<![\d.])\d{1,2}(?![\d.%])/g, n => chineseNumber(Number(n)));
}

export class QueryUnderstanding {
  /**
   * @param {import('./pinyin-lexicon.mjs').PinyinLexicon} lexicon words of the corpus by pinyin
   * @param {Set<string>} vocabulary every word that occurs in the corpus (jieba's words)
   * @param {(text: string) => boolean} [occurs] whether some document contains `text` as typed
   */
  constructor(lexicon, vocabulary, occurs = () => false) {
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
    this.occurs = occurs;
  }

  /**
   * @returns {{ text: string, notes: { kind: string, from: string, to: string }[] }}
   * `text` is what is searched; each note is one change, for the page to show.
   */
  understand(raw) {
    const notes = [];
    let text = String(raw ?? '').slice(0, 200);
    const half = text.normalize('NFKC');
    // Worth saying only for letters and digits (２０１８); punctuation changes nothing visible.
    if (/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(text))
      notes.push({ kind: 'width', from: text, to: half });
    text = half.toLowerCase();
    const simple = toSimplified(text);
    if (simple !== text) notes.push({ kind: 'traditional', from: text, to: simple });
    text = simple;
    const docNo = normalizeDocNo(text);
    if (docNo !== text) notes.push({ kind: 'docNo', from: text, to: docNo });
    text = docNo;
    text = this.pinyin(text, notes);
    text = this.names(text, notes);
    text = this.homophones(text, notes);
    return { text: text.trim(), notes };
  }

  names(text, notes) {
    for (const { alias, name } of POPULAR_NAMES) {
      if (!text.includes(alias)) continue;
      // 异地备案 inside 异地就医备案 is no alias: only replace where the full name is not already.
      if (text.includes(name)) continue;
      text = text.split(alias).join(name);
      notes.push({ kind: 'name', from: alias, to: name });
    }
    return text;
  }

  /** Latin runs (yidi jiuyi beian, gaolingjintie, gljt) → the corpus word their pinyin spells. */
  pinyin(text, notes) {
    const parts = text.split(/([a-z]+(?:\s+[a-z]+)*)/);
    return parts
      .map(part => {
        if (!/^[a-z]/.test(part)) return part;
        const runs = part.split(/\s+/);
        const out = [];
        for (let i = 0; i < runs.length;) {
          let done = false;
          // The longest span of runs that spells one word (yidi jiuyi beian → 异地就医备案).
          for (let j = runs.length; j > i + 1 && !done; j--) {
            const key = runs.slice(i, j).join('');
            const word = this.lexicon.exact(key);
            if (word) {
              notes.push({ kind: 'pinyin', from: runs.slice(i, j).join(' '), to: word });
              out.push(word);
              i = j;
              done = true;
            }
          }
          if (done) continue;
          const word = this.lexicon.lookup(runs[i], 1)[0];
          if (word) notes.push({ kind: 'pinyin', from: runs[i], to: word });
          out.push(word ?? runs[i]);
          i++;
        }
        return out.join(' ');
      })
      .join('');
  }

  /** Words the corpus does not have but whose pinyin is a corpus term (高领津贴 → 高龄津贴). */
  homophones(text, notes) {
    // A 文号's issuer code (示政办发〔) is no word of the corpus and no typo.
    return text.replace(/[\u3400-\u9fff]+(?![\u3400-\u9fff〔])/g, run => {
      const sounds = pinyin(run, { toneType: 'none', type: 'array' });
      let out = '';
      for (let i = 0; i < run.length;) {
        let step = 1;
        let piece = run[i];
        for (let len = Math.min(8, run.length - i); len >= 2; len--) {
          const window = run.slice(i, i + len);
          if (this.known(window)) {
            step = len;
            piece = window;
            break;
          }
          const fixed = this.lexicon.soundsLike(sounds.slice(i, i + len).join(''), window);
          // What documents contain as typed is never a typo (免申即享 is no 面审即享).
          if (fixed && !this.occurs(window)) {
            notes.push({ kind: 'typo', from: window, to: fixed });
            step = len;
            piece = fixed;
            break;
          }
        }
        out += piece;
        i += step;
      }
      return out;
    });
  }

  /** A word the corpus uses, or a common word of Chinese (一下, 这个) that is no typo. */
  known(word) {
    return this.vocabulary.has(word) || frequency(word) >= 500;
  }
}

/** The sentence the page shows for a note, in plain words. */
export function describe(note) {
  switch (note.kind) {
    case 'traditional':
      return `已按简体字“${note.to}”检索。`;
    case 'width':
      return '已把全角字符按半角检索。';
    case 'docNo':
      return `已按文号“${note.to.match(/\S*〔\d{4}〕\d+号/)?.[0] ?? note.to}”检索。`;
    case 'name':
      return `“${note.from}”按“${note.to}”检索。`;
    case 'pinyin':
      return `按拼音“${note.from}”检索“${note.to}”。`;
    case 'typo':
      return `您是不是要找“${note.to}”？没有找到“${note.from}”，已为您显示“${note.to}”的结果。`;
    default:
      return '';
  }
}
