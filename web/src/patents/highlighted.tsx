import { splitHighlights } from './highlight';

/** Text with the search terms wrapped in <mark>. */
export function Highlighted({ text, highlights }: { text: string; highlights: readonly string[] }) {
  return <>{splitHighlights(text, highlights).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
