import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from '../../shared/format/csv';

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx', '\nx', '\0x'])(
    'prefixes a quote to %j',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Youth mentoring = good')).toBe('Youth mentoring = good');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });
  it('neutralises before quoting, so a quoted formula is still neutralised', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
  it('writes numbers as numbers, negative ones untouched, and nothing for missing values', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['name', 'n'],
        ['Mentoring, group', 12],
      ]),
    ).toBe('name,n\r\n"Mentoring, group",12\r\n');
  });
});
