// The author's rich text in briefs: a small Markdown subset (headings, bulleted and numbered lists,
// bold, italics and links) parsed into a tree that each format renders with its own escaping.
// Nothing the author writes is ever passed through as markup: HTML tags stay literal text, and a
// link is kept only when its address is http(s) or mailto, otherwise its words stay as plain text.
// So hostile text (<script>, javascript: links, <img onerror>) is shown literally or dropped in
// every format by construction, not by a sanitiser's block list.

export type RichInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: RichInline[] }
  | { type: 'emphasis'; children: RichInline[] }
  | { type: 'link'; href: string; children: RichInline[] };

export type RichBlock =
  | { type: 'heading'; level: 2 | 3 | 4; children: RichInline[] }
  | { type: 'paragraph'; children: RichInline[] }
  | { type: 'list'; ordered: boolean; items: RichInline[][] };

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s<>"'`]+$/i;

/** True for an address a brief may link to: http(s) or mailto, with nothing that could break out of an attribute. */
export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href);
}

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/** Parses the author's text into blocks: blank lines separate paragraphs; `#`–`###` are headings 2–4. */
export function parseRichText(source: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list !== null)
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading !== null) {
      flushParagraph();
      flushList();
      const [, hashes = '#', words = ''] = heading;
      const level = (hashes.length + 1) as 2 | 3 | 4;
      blocks.push({ type: 'heading', level, children: parseInline(words.trim()) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet === null ? NUMBERED.exec(line) : null;
    const item = bullet ?? numbered;
    if (item !== null) {
      flushParagraph();
      const ordered = numbered !== null;
      if (list !== null && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push((item[1] ?? '').trim());
      continue;
    }
    if (list !== null && /^\s+\S/.test(raw)) {
      // An indented line continues the list item above it.
      list.items.push(`${list.items.pop() ?? ''} ${line.trim()}`);
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** Bold (`**`), italics (`*` or `_`) and links (`[words](address)`) within one block's text. */
export function parseInline(text: string): RichInline[] {
  const out: RichInline[] = [];
  let plain = '';
  const pushText = (t: string) => {
    plain += t;
  };
  const flush = () => {
    if (plain !== '') out.push({ type: 'text', text: plain });
    plain = '';
  };

  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const first = rest.charAt(0);
    const second = rest.charAt(1);
    if (first === '\\' && /[\\*_[\]()#]/.test(second)) {
      pushText(second);
      i += 2;
      continue;
    }
    if (rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (first === '*' || first === '_') {
      const marker = first;
      const end = text.indexOf(marker, i + 1);
      if (end > i + 1 && text[i + 1] !== ' ') {
        flush();
        out.push({ type: 'emphasis', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (first === '[') {
      const link = /^\[([^\]]+)\]\(([^)\s]*)\)/.exec(rest);
      if (link !== null) {
        const [whole, label = '', href = ''] = link;
        const words = parseInline(label);
        if (isSafeLink(href)) {
          flush();
          out.push({ type: 'link', href, children: words });
        } else {
          // An unsafe address is dropped; its words stay.
          for (const node of words) {
            if (node.type === 'text') pushText(node.text);
            else {
              flush();
              out.push(node);
            }
          }
        }
        i += whole.length;
        continue;
      }
    }
    pushText(first);
    i += 1;
  }
  flush();
  return out;
}

/** The words of inline nodes without their marks: for plain-text contexts and searching. */
export function inlineText(nodes: RichInline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}
