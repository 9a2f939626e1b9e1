// Text with the words that matched a search marked: the API returns runs of text, never markup,
// so nothing is ever injected as HTML.
import type { TextPart } from '../../../../shared/model/finding';

export function Highlighted({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
