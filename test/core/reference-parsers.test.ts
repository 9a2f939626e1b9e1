// The RIS and BibTeX readers on files shaped like reference managers' exports, including broken
// entries, which are reported by entry number and tag or field while the rest are read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../electron/core/io/bibtex';
import { latexToText } from '../../electron/core/io/latex-text';
import { parseRis } from '../../electron/core/io/ris';
import { ApiFailure } from '../../shared/errors';
import { normaliseDoi, normaliseTitle, type ParsedEntry } from '../../shared/model/references';
import { REPO_ROOT } from '../helpers/libraries';

const fixture = (name: string) =>
  readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'references', name), 'utf8');

function referenceOf(entry: ParsedEntry | undefined) {
  if (entry === undefined || !('reference' in entry))
    throw new Error(`not a reference: ${JSON.stringify(entry)}`);
  return entry.reference;
}
function problemOf(entry: ParsedEntry | undefined): string {
  if (entry === undefined || !('problem' in entry))
    throw new Error(`not a problem: ${JSON.stringify(entry)}`);
  return entry.problem;
}

describe('RIS', () => {
  const entries = parseRis(fixture('evaluations.ris'));

  it('reads every record in order, numbered from 1', () => {
    expect(entries.map((e) => e.number)).toEqual([1, 2, 3]);
  });

  it('reads title, authors, year, URL and a wrapped abstract', () => {
    expect(referenceOf(entries[0])).toEqual({
      title: 'Evaluation of the Kickz programme: final report',
      authors: 'Mason, Penny; Prior, David',
      year: 2009,
      doi: null,
      url: 'https://example.org/reports/kickz-final.pdf',
      abstract:
        'Kickz used football sessions on weekday evenings to engage young people living on estates with high rates of anti-social behaviour.',
    });
  });

  it('takes T1, A1, Y1 and N2 as well, and normalises the DOI', () => {
    const r = referenceOf(entries[1]);
    expect(r.title).toBe('A randomised trial of functional family therapy for youth in England');
    expect(r.authors).toBe('Humayun, Sajid; Herlitz, Lauren');
    expect(r.year).toBe(2017);
    expect(r.doi).toBe('10.1111/jcpp.12743');
    expect(r.abstract).toMatch(/^Functional family therapy/);
  });

  it('reports a year that is not one, naming the entry and the tag', () => {
    expect(problemOf(entries[2])).toBe('Entry 3, PY: “n.d.” is not a year from 1900 to 2100');
  });

  it('reports a record without its ER line, and one without a title', () => {
    const broken = parseRis(
      'TY  - JOUR\nTI  - First\nTY  - JOUR\nAU  - Nobody\nER  - \nTY  - RPRT\nTI  - Last\n',
    );
    expect(problemOf(broken[0])).toBe('Entry 1: it has no “ER  - ” line to end it before line 3');
    expect(problemOf(broken[1])).toBe('Entry 2: it has no title');
    expect(problemOf(broken[2])).toBe(
      'Entry 3: it starts on line 6 but the file ends before its “ER  - ” line',
    );
  });

  it('reports a bad DOI and a bad web address by their tags', () => {
    const [doi, url] = parseRis(
      'TY  - JOUR\r\nTI  - A\r\nDO  - 12345\r\nER  - \r\nTY  - JOUR\r\nTI  - B\r\nUR  - javascript:alert(1)\r\nER  - \r\n',
    );
    expect(problemOf(doi)).toBe('Entry 1, DO: “12345” is not a DOI (10.…/…)');
    expect(problemOf(url)).toBe(
      'Entry 2, UR: “javascript:alert(1)” is not a web address (http:// or https://)',
    );
  });

  it('reads the looser layouts some writers use: one space before the hyphen, no space after ER, a BOM', () => {
    const [entry] = parseRis(
      '\uFEFFProvider: Some tool\r\nTY - JOUR\r\nTI - Loose\r\nT1 - Ignored\r\nUR - https://doi.org/10.1/ABC\r\nER  -\r\n',
    );
    expect(referenceOf(entry)).toMatchObject({
      title: 'Loose',
      doi: '10.1/abc',
      url: 'https://doi.org/10.1/ABC',
    });
  });

  it('refuses a file with no record at all, saying what RIS looks like', () => {
    expect(() => parseRis('title,author\nA,B\n')).toThrow(ApiFailure);
    expect(() => parseRis('')).toThrow(/No RIS records found/);
  });
});

describe('BibTeX', () => {
  const entries = parseBibtex(fixture('evaluations.bib'));

  it('reads entries in order, skipping comments and @string definitions', () => {
    expect(entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads braced and quoted values, bare numbers, and removes grouping braces', () => {
    expect(referenceOf(entries[0])).toEqual({
      title: 'A Randomised Trial of Functional Family Therapy for Youth in England',
      authors: 'Humayun, Sajid; Herlitz, Lauren; Chesnokov, Maria',
      year: 2017,
      doi: '10.1111/jcpp.12743',
      url: null,
      abstract: 'Functional family therapy did not reduce offending "more than usual" services.',
    });
  });

  it('joins # concatenations, expands month macros and keeps a braced corporate author whole', () => {
    const r = referenceOf(entries[1]);
    expect(r.title).toBe('Evaluation of the Kickz programme: final report');
    expect(r.authors).toBe('Mason, Penny; Prior, David; Football Foundation and Partners');
    expect(r.year).toBe(2009);
  });

  it('turns LaTeX accents and letters into Unicode', () => {
    const r = referenceOf(entries[2]);
    expect(r.title).toBe('Gewünschte Wirkung: Jugendhilfe in München — eine Studie von François Maß');
    expect(r.authors).toBe('Müller, Jörg; García, Ana');
  });

  it('reports an entry it cannot read by number, key and line, then reads on', () => {
    expect(problemOf(entries[3])).toMatch(
      /^Entry 4 \(broken2020\), line \d+: expected “,” or “}” after the field “title”$/,
    );
    expect(problemOf(entries[4])).toBe('Entry 5 (nodoi2012), doi: “not-a-doi” is not a DOI (10.…/…)');
  });

  it('reports an unknown macro and an unclosed value', () => {
    const [macro, open] = parseBibtex(
      '@article{a, title = undefinedmacro}\n@article{b, title = "never closed}\n',
    );
    expect(problemOf(macro)).toMatch(/^Entry 1 \(a\), line 1: “undefinedmacro” is not a defined @string$/);
    expect(problemOf(open)).toMatch(/^Entry 2 \(b\), line \d+: a quoted value is never closed$/);
  });

  it('takes entry types and field names in any case, and parentheses around an entry', () => {
    const [entry] = parseBibtex(
      '@ARTICLE(smith, TITLE = "Upper", Year = "2001", AUTHOR = {Smith, A. and Jones, B.})',
    );
    expect(referenceOf(entry)).toMatchObject({ title: 'Upper', year: 2001, authors: 'Smith, A.; Jones, B.' });
  });

  it('refuses a file with no entry at all', () => {
    expect(() => parseBibtex('just some text')).toThrow(/No BibTeX entries found/);
  });
});

describe('LaTeX to text', () => {
  it.each([
    ['{\\"o}', 'ö'],
    ["\\'e", 'é'],
    ['\\`{a}', 'à'],
    ['\\^o', 'ô'],
    ['\\~n', 'ñ'],
    ['\\c{c}', 'ç'],
    ['\\v{s}', 'š'],
    ["\\'{\\i}", 'í'],
    ['{\\ss}', 'ß'],
    ['{\\o}', 'ø'],
    ['\\aa', 'å'],
    ['Smith \\& Jones, 50\\%', 'Smith & Jones, 50%'],
    ['pages 1--10', 'pages 1–10'],
    ['\\emph{Kickz}  works', 'Kickz works'],
  ])('%s reads as %s', (latex, text) => {
    expect(latexToText(latex)).toBe(text);
  });
});

describe('normalised keys for duplicates', () => {
  it('compares DOIs without case or resolver prefix', () => {
    expect(normaliseDoi('https://doi.org/10.1111/JCPP.12743')).toBe('10.1111/jcpp.12743');
    expect(normaliseDoi('http://dx.doi.org/10.1/X')).toBe('10.1/x');
    expect(normaliseDoi('doi: 10.1/X')).toBe('10.1/x');
  });

  it('compares titles without case, accents or punctuation', () => {
    expect(normaliseTitle('Évaluation of  Kickz: Final-Report!')).toBe(
      normaliseTitle('evaluation of kickz final report'),
    );
  });
});
