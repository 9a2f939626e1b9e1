import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inlineText,
  isSafeLink,
  parseInline,
  parseRichText,
  type RichBlock,
  type RichInline,
} from '../../shared/format/rich-text';

const text = (t: string): RichInline => ({ type: 'text', text: t });

function linksOf(nodes: RichInline[]): string[] {
  return nodes.flatMap((n) =>
    n.type === 'text' ? [] : n.type === 'link' ? [n.href, ...linksOf(n.children)] : linksOf(n.children),
  );
}

function inlinesOf(blocks: RichBlock[]): RichInline[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.items.flat() : b.children));
}

describe('parseRichText', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    expect(
      parseRichText(
        '# Need\n\nFewer first-time entrants\nin Lambeth.\n\n- mentoring\n- sport\n\n1. fund\n2) review',
      ),
    ).toEqual([
      { type: 'heading', level: 2, children: [text('Need')] },
      { type: 'paragraph', children: [text('Fewer first-time entrants in Lambeth.')] },
      { type: 'list', ordered: false, items: [[text('mentoring')], [text('sport')]] },
      { type: 'list', ordered: true, items: [[text('fund')], [text('review')]] },
    ]);
  });

  it('maps #, ## and ### to levels 2, 3 and 4, below the brief title', () => {
    const levels = parseRichText('# a\n## b\n### c').map((b) => (b.type === 'heading' ? b.level : 0));
    expect(levels).toEqual([2, 3, 4]);
  });

  it('continues a list item on an indented line and ends the list at a plain line', () => {
    expect(parseRichText('- one\n  more\nafter')).toEqual([
      { type: 'list', ordered: false, items: [[text('one more')]] },
      { type: 'paragraph', children: [text('after')] },
    ]);
  });

  it('splits a list where bullets turn to numbers', () => {
    const lists = parseRichText('- a\n1. b');
    expect(lists.map((b) => b.type === 'list' && b.ordered)).toEqual([false, true]);
  });

  it('reads Windows and old Mac line endings alike', () => {
    expect(parseRichText('a\r\n\r\nb')).toEqual(parseRichText('a\n\nb'));
    expect(parseRichText('a\r\rb')).toEqual(parseRichText('a\n\nb'));
  });

  it('gives nothing for empty or blank text', () => {
    expect(parseRichText('')).toEqual([]);
    expect(parseRichText(' \n\t\n')).toEqual([]);
  });
});

describe('parseInline', () => {
  it('reads bold, italics (either marker) and nesting', () => {
    expect(parseInline('a **b *c* d** _e_')).toEqual([
      text('a '),
      { type: 'strong', children: [text('b '), { type: 'emphasis', children: [text('c')] }, text(' d')] },
      text(' '),
      { type: 'emphasis', children: [text('e')] },
    ]);
  });

  it('leaves a lone or spaced marker as text', () => {
    expect(parseInline('2 * 3 = 6')).toEqual([text('2 * 3 = 6')]);
    expect(parseInline('**open')).toEqual([text('**open')]);
  });

  it('keeps escaped marks literal', () => {
    expect(parseInline('\\*not italic\\* \\[x\\]')).toEqual([text('*not italic* [x]')]);
  });

  it('links to http, https and mailto addresses', () => {
    expect(
      parseInline('see [YEF](https://youthendowmentfund.org.uk/toolkit/) or [us](mailto:a@b.org)'),
    ).toEqual([
      text('see '),
      { type: 'link', href: 'https://youthendowmentfund.org.uk/toolkit/', children: [text('YEF')] },
      text(' or '),
      { type: 'link', href: 'mailto:a@b.org', children: [text('us')] },
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
    'file:///etc',
  ])('drops the address %j but keeps the words', (href) => {
    const nodes = parseInline(`[click](${href})`);
    expect(linksOf(nodes)).toEqual([]);
    expect(inlineText(nodes)).toContain('click');
  });

  it('keeps HTML as literal text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    expect(parseInline(hostile)).toEqual([text(hostile)]);
  });
});

describe('isSafeLink', () => {
  it('refuses addresses that could leave an attribute', () => {
    expect(isSafeLink('https://a.example/x')).toBe(true);
    expect(isSafeLink('https://a.example/"onmouseover="x')).toBe(false);
    expect(isSafeLink("https://a.example/'x")).toBe(false);
    expect(isSafeLink('https://a.example/ x')).toBe(false);
    expect(isSafeLink('https://a.example/<x>')).toBe(false);
  });
});

describe('rich text on any input', () => {
  it('never links to anything but http(s) or mailto, and never loses or adds a letter of plain prose', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (source) => {
        const blocks = parseRichText(source);
        for (const href of linksOf(inlinesOf(blocks))) expect(isSafeLink(href)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.;:'"<>/=?!£%-]{0,200}$/), (prose) => {
        const blocks = parseRichText(prose);
        const words = inlineText(inlinesOf(blocks));
        expect(words.replace(/\s+/g, ' ').trim()).toBe(prose.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });
});
