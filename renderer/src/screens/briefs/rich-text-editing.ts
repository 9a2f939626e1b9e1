// What the rich text toolbar does to the author's text: each button wraps the selection in the
// restricted Markdown's marks (bold, italics, a link) or starts its lines as a heading or a list
// item, and says which part of the text to select afterwards so typing can carry on.

export const FORMATS = ['heading', 'bold', 'italic', 'bulleted', 'numbered', 'link'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_LABELS: Record<Format, string> = {
  heading: 'Heading',
  bold: 'Bold',
  italic: 'Italics',
  bulleted: 'Bulleted list',
  numbered: 'Numbered list',
  link: 'Link',
};

export interface Edited {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

const PLACEHOLDER: Partial<Record<Format, string>> = {
  bold: 'bold words',
  italic: 'words in italics',
  link: 'link words',
};
const LINK_ADDRESS = 'https://';

function wrap(
  text: string,
  start: number,
  end: number,
  before: string,
  after: string,
  blank: string,
): Edited {
  const chosen = text.slice(start, end) || blank;
  const next = text.slice(0, start) + before + chosen + after + text.slice(end);
  return {
    text: next,
    selectionStart: start + before.length,
    selectionEnd: start + before.length + chosen.length,
  };
}

/** Starts every line the selection touches with a mark (`# `, `- `, `1. `), replacing any list or heading mark. */
function prefixLines(text: string, start: number, end: number, mark: (i: number) => string): Edited {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text
    .slice(lineStart, lineEnd)
    .split('\n')
    .map((line, i) => mark(i) + line.replace(/^\s*(#{1,3}\s+|[-*]\s+|\d{1,3}[.)]\s+)/, ''));
  const replaced = lines.join('\n');
  const next = text.slice(0, lineStart) + replaced + text.slice(lineEnd);
  return {
    text: next,
    selectionStart: lineStart + replaced.length,
    selectionEnd: lineStart + replaced.length,
  };
}

export function applyFormat(text: string, start: number, end: number, format: Format): Edited {
  switch (format) {
    case 'bold':
      return wrap(text, start, end, '**', '**', PLACEHOLDER.bold ?? '');
    case 'italic':
      return wrap(text, start, end, '_', '_', PLACEHOLDER.italic ?? '');
    case 'link': {
      const words = text.slice(start, end) || (PLACEHOLDER.link ?? '');
      const before = `[${words}](`;
      const next = `${text.slice(0, start)}${before}${LINK_ADDRESS})${text.slice(end)}`;
      // The address is selected, ready to be typed over.
      return {
        text: next,
        selectionStart: start + before.length,
        selectionEnd: start + before.length + LINK_ADDRESS.length,
      };
    }
    case 'heading':
      return prefixLines(text, start, end, () => '# ');
    case 'bulleted':
      return prefixLines(text, start, end, () => '- ');
    case 'numbered':
      return prefixLines(text, start, end, (i) => `${i + 1}. `);
  }
}
