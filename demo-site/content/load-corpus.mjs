// A corpus of a site's own: `npm start -- --corpus <dir>` serves the portal's library and Q&A on a
// folder holding documents.jsonl and/or qa.jsonl (one JSON object a line; docs/search.md#any-corpus).
// Each record is read into the shape the pages and the search engine take; a line that is not
// JSON or lacks a required field is skipped with a warning naming the file and line, never a crash.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const text = value => (typeof value === 'string' ? value.trim() : '');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One document: at least id, title, body; optional number (文号), agency, date, type, topic. */
function toDocument(r) {
  const body = Array.isArray(r.body) ? r.body.map(text).filter(Boolean) : text(r.body).split(/\n+/);
  const date = DATE.test(text(r.date)) ? text(r.date) : '';
  return {
    id: text(r.id),
    title: text(r.title),
    body: body.map(p => p.trim()).filter(Boolean),
    docNo: text(r.number),
    agency: text(r.agency),
    written: date,
    published: date,
    type: text(r.type),
    topic1: text(r.topic),
    topic2: '',
    indexNo: '',
    validity: '',
    subject: '',
    keywords: [],
    audience: '',
  };
}

/** One Q&A pair: at least id, question, answer; optional source (a document's id). */
const toPair = (r, byId) => {
  const source = byId.get(text(r.source));
  return {
    id: text(r.id),
    question: text(r.question),
    answer: text(r.answer),
    sourceDocId: source?.id ?? null,
    topic1: source?.topic1 ?? '',
    topic2: '',
    audience: '',
    subject: '',
  };
};

/** Ids become URLs (/policies/<id>, /qa/<id>): letters, digits, "-", "_" and ".", up to 80. */
const ID = /^[\w.-]{1,80}$/;

function readLines(file, required, warn) {
  const out = [];
  const seen = new Set();
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      let record;
      try {
        record = JSON.parse(line);
      } catch (error) {
        return warn(`${where}: not JSON (${error.message}); line skipped`);
      }
      if (!record || typeof record !== 'object' || Array.isArray(record))
        return warn(`${where}: not a JSON object; line skipped`);
      const missing = required.filter(k => !text(record[k]) && !Array.isArray(record[k]));
      if (missing.length) return warn(`${where}: no ${missing.join(', ')}; line skipped`);
      if (!ID.test(text(record.id)))
        return warn(`${where}: id "${record.id}" is not 1–80 letters, digits, - _ .; line skipped`);
      if (seen.has(text(record.id)))
        return warn(`${where}: id "${record.id}" appears twice; the first is kept`);
      seen.add(text(record.id));
      out.push(record);
    });
  return out;
}

/**
 * Reads a corpus folder. Throws only when the folder has neither file (nothing to serve).
 * @returns {{ documents: object[], qa: object[], warnings: string[] }}
 */
export function loadCorpus(dir) {
  const warnings = [];
  const warn = message => warnings.push(message);
  const docsFile = join(dir, 'documents.jsonl');
  const qaFile = join(dir, 'qa.jsonl');
  if (!existsSync(docsFile) && !existsSync(qaFile))
    throw new Error(`${dir} has neither documents.jsonl nor qa.jsonl (docs/search.md#any-corpus)`);
  const documents = existsSync(docsFile)
    ? readLines(docsFile, ['id', 'title', 'body'], warn).map(toDocument)
    : [];
  const byId = new Map(documents.map(d => [d.id, d]));
  const records = existsSync(qaFile) ? readLines(qaFile, ['id', 'question', 'answer'], warn) : [];
  for (const r of records)
    if (text(r.source) && !byId.has(text(r.source)))
      warn(
        `${qaFile}: pair "${r.id}" cites "${r.source}", which is no document here; shown without it`,
      );
  const qa = records.map(r => toPair(r, byId));
  return { documents, qa, warnings };
}
