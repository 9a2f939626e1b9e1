// The rich text toolbar's edits: each gives restricted Markdown that the briefs' parser reads back
// as the intended block or mark, and selects what the author types next.
import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../shared/format/rich-text';
import { applyFormat } from '../../renderer/src/screens/briefs/rich-text-editing';

describe('applyFormat', () => {
  it('wraps the selection in bold and keeps it selected', () => {
    const edited = applyFormat('Fund it now', 5, 7, 'bold');
    expect(edited.text).toBe('Fund **it** now');
    expect(edited.text.slice(edited.selectionStart, edited.selectionEnd)).toBe('it');
    expect(parseRichText(edited.text)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Fund ' },
          { type: 'strong', children: [{ type: 'text', text: 'it' }] },
          { type: 'text', text: ' now' },
        ],
      },
    ]);
  });

  it('puts placeholder words in italics when nothing is selected, selected to type over', () => {
    const edited = applyFormat('Risk: ', 6, 6, 'italic');
    expect(edited.text).toBe('Risk: _words in italics_');
    expect(edited.text.slice(edited.selectionStart, edited.selectionEnd)).toBe('words in italics');
  });

  it('makes a link of the selection with its address selected', () => {
    const edited = applyFormat('See the report', 8, 14, 'link');
    expect(edited.text).toBe('See the [report](https://)');
    expect(edited.text.slice(edited.selectionStart, edited.selectionEnd)).toBe('https://');
    const typed = `${edited.text.slice(0, edited.selectionStart)}https://example.org/r${edited.text.slice(edited.selectionEnd)}`;
    expect(parseRichText(typed)[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'See the ' },
        { type: 'link', href: 'https://example.org/r', children: [{ type: 'text', text: 'report' }] },
      ],
    });
  });

  it('numbers every selected line, replacing bullets, and leaves other lines alone', () => {
    const text = 'Intro\n- one\n- two\nAfter';
    const edited = applyFormat(text, 8, 16, 'numbered');
    expect(edited.text).toBe('Intro\n1. one\n2. two\nAfter');
    expect(parseRichText(edited.text).map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('turns the current line into a heading, and a bulleted line back into one', () => {
    expect(applyFormat('Title\nbody', 2, 2, 'heading').text).toBe('# Title\nbody');
    expect(applyFormat('# Title', 3, 3, 'bulleted').text).toBe('- Title');
  });
});
