// Reading RIS files (the tagged format every reference manager exports): records from "TY  - " to
// "ER  - ", one tag per line, wrapped lines continuing the tag before them.
import { ApiFailure } from '../../../shared/errors';
import type { ParsedEntry } from '../../../shared/model/references';
import { type EntryValues, type Tagged, finishEntry } from './reference-entry';

/** "TI  - Title": two characters, two spaces (some writers use one), a hyphen, the value. */
const TAG_LINE = /^([A-Z][A-Z0-9])\s{1,2}-(?: (.*)|\s*)$/;

/** Which tags give what, in order of preference (the first present wins). */
const TITLE_TAGS = ['TI', 'T1', 'CT', 'BT'];
const YEAR_TAGS = ['PY', 'Y1', 'DA'];
const AUTHOR_TAGS = new Set(['AU', 'A1']);
const ABSTRACT_TAGS = ['AB', 'N2'];
const URL_TAGS = ['UR', 'L2'];

type Fields = Map<string, Tagged[]>;

function first(fields: Fields, tags: readonly string[]): Tagged | undefined {
  for (const tag of tags) {
    const value = fields.get(tag)?.find((t) => t.value.trim() !== '');
    if (value !== undefined) return value;
  }
  return undefined;
}

function toValues(fields: Fields): EntryValues {
  const authors = [...fields.entries()].filter(([tag]) => AUTHOR_TAGS.has(tag)).flatMap(([, v]) => v);
  const values: EntryValues = { authors };
  const set = <K extends Exclude<keyof EntryValues, 'authors'>>(key: K, tags: readonly string[]) => {
    const value = first(fields, tags);
    if (value !== undefined) values[key] = value;
  };
  set('title', TITLE_TAGS);
  set('year', YEAR_TAGS);
  set('doi', ['DO']);
  set('url', URL_TAGS);
  set('abstract', ABSTRACT_TAGS);
  return values;
}

/**
 * The file's entries, each a reference or the problem that stops it. A file with no record at all
 * is refused as a whole, since it is most likely not RIS.
 */
export function parseRis(text: string): ParsedEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: ParsedEntry[] = [];
  let fields: Fields | null = null;
  let last: Tagged | null = null;
  let startLine = 0;
  const close = (problem: string | null) => {
    if (fields === null) return;
    const number = entries.length + 1;
    entries.push(
      problem === null
        ? finishEntry(number, toValues(fields))
        : { number, problem: `Entry ${number}: ${problem}` },
    );
    fields = null;
    last = null;
  };
  lines.forEach((line, index) => {
    const match = TAG_LINE.exec(line);
    if (match === null) {
      // A wrapped line continues the value before it; blank lines between records are fine.
      if (last !== null && line.trim() !== '') last.value += ` ${line.trim()}`;
      return;
    }
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') {
      close(`it has no “ER  - ” line to end it before line ${index + 1}`);
      fields = new Map();
      startLine = index + 1;
      last = null;
      return;
    }
    if (fields === null) return; // text outside a record (a header some writers add) is ignored
    if (tag === 'ER') return close(null);
    last = { value, field: tag };
    fields.set(tag, [...(fields.get(tag) ?? []), last]);
  });
  close(`it starts on line ${startLine} but the file ends before its “ER  - ” line`);
  if (entries.length === 0) {
    throw new ApiFailure(
      'INVALID_INPUT',
      'No RIS records found: each record starts with a “TY  - ” line and ends with an “ER  - ” line.',
      'content',
    );
  }
  return entries;
}
