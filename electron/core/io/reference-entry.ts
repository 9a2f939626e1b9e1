// What the RIS and BibTeX readers share: turning an entry's values (each with the tag or field it
// came from) into a reference, or into one problem that names the entry and that tag or field.
import { EvaluationSchema } from '../../../shared/model/bundle';
import { type ParsedEntry, normaliseDoi } from '../../../shared/model/references';

/** A value with the tag (RIS) or field (BibTeX) it was read from, for messages. */
export interface Tagged {
  value: string;
  field: string;
}

export interface EntryValues {
  title?: Tagged;
  authors: Tagged[];
  year?: Tagged;
  doi?: Tagged;
  url?: Tagged;
  abstract?: Tagged;
}

const YEAR = EvaluationSchema.shape.year.unwrap();
const URL = EvaluationSchema.shape.url.unwrap();
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
const DOI_ADDRESS = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(10\.\S+)$/i;

const blank = (t: Tagged | undefined) => t === undefined || t.value.trim() === '';
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The entry's reference, or its first problem ("Entry 3, PY: “n.d.” is not a year"). */
export function finishEntry(number: number, values: EntryValues, label = `Entry ${number}`): ParsedEntry {
  const fail = (field: string, message: string): ParsedEntry => ({
    number,
    problem: `${label}, ${field}: ${message}`,
  });
  if (values.title === undefined || blank(values.title)) {
    return { number, problem: `${label}: it has no title` };
  }
  let year: number | null = null;
  if (values.year !== undefined && !blank(values.year)) {
    const digits = /^\s*(\d{4})/.exec(values.year.value)?.[1];
    const parsed = YEAR.safeParse(digits === undefined ? NaN : Number(digits));
    if (!parsed.success)
      return fail(values.year.field, `“${clean(values.year.value)}” is not a year from 1900 to 2100`);
    year = parsed.data;
  }
  let doi: string | null = null;
  if (values.doi !== undefined && !blank(values.doi)) {
    doi = normaliseDoi(values.doi.value);
    if (!DOI_PATTERN.test(doi))
      return fail(values.doi.field, `“${clean(values.doi.value)}” is not a DOI (10.…/…)`);
  }
  let url: string | null = null;
  if (values.url !== undefined && !blank(values.url)) {
    const address = values.url.value.trim();
    if (!URL.safeParse(address).success || !/^https?:\/\//i.test(address)) {
      return fail(values.url.field, `“${clean(address)}” is not a web address (http:// or https://)`);
    }
    url = address;
    // A DOI given only as its resolver address is still the entry's DOI.
    doi ??= DOI_ADDRESS.exec(address)?.[1]?.toLowerCase() ?? null;
  }
  const authors = values.authors.map((a) => clean(a.value)).filter((a) => a !== '');
  const abstract = values.abstract === undefined ? '' : values.abstract.value.trim();
  return {
    number,
    reference: {
      title: clean(values.title.value),
      authors: authors.length === 0 ? null : authors.join('; '),
      year,
      doi,
      url,
      abstract: abstract === '' ? null : abstract,
    },
  };
}
