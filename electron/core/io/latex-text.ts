// LaTeX in BibTeX values turned into plain Unicode for the common cases: accents (\"o, \'{e},
// \c{c}), special letters (\ss, \o, \aa), escaped symbols (\&, \%), dashes and grouping braces.

/** Accent commands and the combining mark each puts on its letter. */
const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
};

const LETTERS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
};

export function latexToText(value: string): string {
  return (
    value
      // Dotless i and j take accents as plain i and j (\'{\i} is í).
      .replace(/\\([ij])(?![a-zA-Z])\s*/g, '$1')
      // Symbol accents: \"o, \"{o}, {\"o}; letter accents need a brace or a space: \c{c}, \c c.
      .replace(
        /\\(["'`^~=.])\s*(?:\{\s*([a-zA-Z])\s*\}|([a-zA-Z]))/g,
        (_m, a: string, b?: string, c?: string) => `${b ?? c ?? ''}${ACCENTS[a] ?? ''}`,
      )
      .replace(
        /\\([uvHckr])(?:\s*\{\s*([a-zA-Z])\s*\}|\s+([a-zA-Z]))/g,
        (_m, a: string, b?: string, c?: string) => `${b ?? c ?? ''}${ACCENTS[a] ?? ''}`,
      )
      .replace(/\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L)(?![a-zA-Z])\s*/g, (_m, l: string) => LETTERS[l] ?? l)
      .replace(/\\([&%$#_{}])/g, '$1')
      .replace(/---/g, '—')
      .replace(/--/g, '–')
      .replace(/(?<!\\)~/g, ' ')
      // Text commands keep their argument: \emph{x} and \textit{x} read as x.
      .replace(/\\[a-zA-Z]+\s*(?=\{)/g, '')
      .replace(/[{}]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC')
  );
}
