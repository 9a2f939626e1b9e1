// The author's restricted Markdown (shared/format/rich-text.ts) as React elements: text is always a
// text node, so nothing typed is ever read as markup; links are the parser's safe ones only, and
// web links open outside the app, as every external link does.
import type { RichBlock, RichInline } from '../../../shared/format/rich-text';
import { ExternalLink } from './external-link';

function Inline({ nodes }: { nodes: RichInline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.type) {
          case 'text':
            return node.text;
          case 'strong':
            return (
              <strong key={i}>
                <Inline nodes={node.children} />
              </strong>
            );
          case 'emphasis':
            return (
              <em key={i}>
                <Inline nodes={node.children} />
              </em>
            );
          case 'link':
            // The parser keeps http(s) and mailto addresses only; mailto opens the mail program.
            return /^mailto:/i.test(node.href) ? (
              <a key={i} href={node.href}>
                <Inline nodes={node.children} />
              </a>
            ) : (
              <ExternalLink key={i} href={node.href}>
                <Inline nodes={node.children} />
              </ExternalLink>
            );
        }
      })}
    </>
  );
}

/** Blocks of rich text; headings start at `baseLevel` (the author's `#` is one below the section). */
export function RichText({ blocks, baseLevel = 3 }: { blocks: RichBlock[]; baseLevel?: 2 | 3 | 4 | 5 }) {
  return (
    <div className="rich-text">
      {blocks.map((block, i) => {
        if (block.type === 'paragraph')
          return (
            <p key={i}>
              <Inline nodes={block.children} />
            </p>
          );
        if (block.type === 'heading') {
          const level = Math.min(6, block.level + baseLevel - 2);
          const Heading = `h${level}` as 'h3';
          return (
            <Heading key={i} className="rich-text__heading">
              <Inline nodes={block.children} />
            </Heading>
          );
        }
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inline nodes={item} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
