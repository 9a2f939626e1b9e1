// Turns what a person types in a search box into a safe FTS5 query: every word must match, as a
// prefix ("kick" finds "Kickz"), and FTS5 syntax characters in the input have no effect.

export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (words === null) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
