// Reading BibTeX files: @type{key, field = value, …} entries whose values are {braced} or "quoted"
// text, numbers or @string macros joined with #; @comment and @preamble are skipped. Values come
// out as plain text (latex-text.ts); an entry that cannot be read is reported and the rest go on.
import { ApiFailure } from '../../../shared/errors';
import type { ParsedEntry } from '../../../shared/model/references';
import { latexToText } from './latex-text';
import { type EntryValues, type Tagged, finishEntry } from './reference-entry';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

class SyntaxProblem extends Error {}

/** A cursor over the text with the small grammar BibTeX needs. */
class Reader {
  pos: number;
  constructor(
    readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }
  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? '';
  }
  expect(char: string, what: string): void {
    if (this.peek() !== char) throw new SyntaxProblem(`expected ${what}`);
    this.pos++;
  }
  name(): string {
    this.skipSpace();
    const match = /^[^\s"#%'(),={}]+/.exec(this.text.slice(this.pos, this.pos + 200));
    if (match === null) return '';
    this.pos += match[0].length;
    return match[0];
  }
  /** Text inside balanced braces, the reader being just past the opening one. */
  braced(): string {
    let depth = 1;
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return this.text.slice(start, this.pos - 1);
    }
    throw new SyntaxProblem('a “{” is never closed');
  }
  quoted(): string {
    let depth = 0;
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"' && depth === 0) return this.text.slice(start, this.pos - 1);
    }
    throw new SyntaxProblem('a quoted value is never closed');
  }
  /** A value: parts joined with #, macros replaced by their text. */
  value(macros: ReadonlyMap<string, string>): string {
    const parts: string[] = [];
    for (;;) {
      const c = this.peek();
      if (c === '{') {
        this.pos++;
        parts.push(this.braced());
      } else if (c === '"') {
        this.pos++;
        parts.push(this.quoted());
      } else {
        const word = this.name();
        if (word === '') throw new SyntaxProblem('expected a value ({…}, "…", a number or a @string name)');
        const macro = macros.get(word.toLowerCase());
        if (macro === undefined && !/^\d+$/.test(word))
          throw new SyntaxProblem(`“${word}” is not a defined @string`);
        parts.push(macro ?? word);
      }
      if (this.peek() !== '#') return parts.join('');
      this.pos++;
    }
  }
}

/** Authors are separated by "and" outside braces ({Smith and Jones Ltd} is one). */
function splitAuthors(raw: string, field: string): Tagged[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (c === '{') depth++;
    if (c === '}') depth--;
    const and = depth === 0 ? /^\s+and\s+/i.exec(raw.slice(i)) : null;
    if (and !== null) {
      names.push(current);
      current = '';
      i += and[0].length - 1;
    } else current += c;
  }
  names.push(current);
  return names.map((n) => ({ value: latexToText(n), field }));
}

function toValues(fields: Map<string, string>): EntryValues {
  const tagged = (field: string): Tagged | undefined => {
    const v = fields.get(field);
    return v === undefined ? undefined : { value: latexToText(v), field };
  };
  const values: EntryValues = { authors: splitAuthors(fields.get('author') ?? '', 'author') };
  const title = tagged('title');
  const year = tagged('year') ?? tagged('date');
  const doi = tagged('doi');
  const url = tagged('url');
  const abstract = tagged('abstract');
  if (title !== undefined) values.title = title;
  if (year !== undefined) values.year = year;
  if (doi !== undefined) values.doi = doi;
  if (url !== undefined) values.url = url;
  if (abstract !== undefined) values.abstract = abstract;
  return values;
}

function lineOf(text: string, pos: number): number {
  return text.slice(0, pos).split('\n').length;
}

/** The entries of a BibTeX file; one that cannot be read is an invalid entry, and reading goes on. */
export function parseBibtex(text: string): ParsedEntry[] {
  const macros = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));
  const entries: ParsedEntry[] = [];
  let pos = text.indexOf('@');
  while (pos !== -1) {
    const reader = new Reader(text, pos + 1);
    const type = reader.name().toLowerCase();
    let next: number;
    const number = entries.length + 1;
    let key = '';
    try {
      const open = reader.peek();
      if (type === '' || (open !== '{' && open !== '(')) {
        // Not an entry (an e-mail address in a comment, say): look further on.
        pos = text.indexOf('@', pos + 1);
        continue;
      }
      reader.pos++;
      const closing = open === '{' ? '}' : ')';
      if (type === 'comment' || type === 'preamble') {
        reader.braced();
      } else if (type === 'string') {
        const name = reader.name().toLowerCase();
        reader.expect('=', '“=” after the @string name');
        macros.set(name, reader.value(macros));
        reader.expect(closing, `“${closing}” to end the @string`);
      } else {
        key = reader.name();
        const fields = new Map<string, string>();
        if (reader.peek() === ',') reader.pos++;
        while (reader.peek() !== closing) {
          const field = reader.name().toLowerCase();
          if (field === '') throw new SyntaxProblem(`expected a field name or “${closing}”`);
          reader.expect('=', `“=” after the field “${field}”`);
          fields.set(field, reader.value(macros));
          if (reader.peek() === ',') reader.pos++;
          else if (reader.peek() !== closing)
            throw new SyntaxProblem(`expected “,” or “${closing}” after the field “${field}”`);
        }
        reader.pos++;
        entries.push(
          finishEntry(number, toValues(fields), `Entry ${number}${key === '' ? '' : ` (${key})`}`),
        );
      }
      next = reader.pos;
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      const label = `Entry ${number}${key === '' ? '' : ` (${key})`}`;
      if (type !== 'comment' && type !== 'preamble') {
        entries.push({ number, problem: `${label}, line ${lineOf(text, reader.pos)}: ${error.message}` });
      }
      // Go on from the next entry that starts a line.
      const after = /\n\s*@/.exec(text.slice(pos + 1));
      next = after === null ? text.length : pos + 1 + after.index;
    }
    pos = text.indexOf('@', next);
  }
  if (entries.length === 0) {
    throw new ApiFailure(
      'INVALID_INPUT',
      'No BibTeX entries found: each entry starts like “@article{key,”.',
      'content',
    );
  }
  return entries;
}
