// Markup for the HTML brief: the one escape function every piece of text and every attribute goes
// through, and the author's rich text (already parsed into a tree) written as HTML. Nothing the
// author or the library holds is ever passed through as markup.
import { isSafeLink, type RichBlock, type RichInline } from '../../../shared/format/rich-text';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or an attribute value made safe to place in HTML or SVG. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function inlineHtml(nodes: readonly RichInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'emphasis':
          return `<em>${inlineHtml(node.children)}</em>`;
        case 'link':
          // The parser keeps only safe links; checked again here so this writer never trusts its input.
          return isSafeLink(node.href)
            ? `<a href="${escapeHtml(node.href)}" rel="noreferrer">${inlineHtml(node.children)}</a>`
            : inlineHtml(node.children);
      }
    })
    .join('');
}

/** The author's rich text as HTML; headings start at `baseLevel` (the brief's own h2/h3 sit above). */
export function richTextHtml(blocks: readonly RichBlock[], baseLevel = 3): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading': {
          const level = Math.min(6, baseLevel + block.level - 2);
          return `<h${level}>${inlineHtml(block.children)}</h${level}>`;
        }
        case 'paragraph':
          return `<p>${inlineHtml(block.children)}</p>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
        }
      }
    })
    .join('\n');
}
