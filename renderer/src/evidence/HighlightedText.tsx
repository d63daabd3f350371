import type { CSSProperties } from 'react';
import type { Span } from '../../../shared/evidence/search-result';

/**
 * Text with some spans marked. Built from React text nodes only: user and source text is
 * never interpreted as HTML. Spans must not overlap (the core guarantees it for passages;
 * for draft mentions we drop overlaps here).
 */
export function HighlightedText({
  text,
  spans,
  idPrefix,
  activeKey,
  style,
}: {
  text: string;
  spans: (Span & { key?: string })[];
  /** When set, each mark gets id `${idPrefix}-${index}` so it can be scrolled to. */
  idPrefix?: string;
  activeKey?: string | null;
  style?: CSSProperties;
}) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  sorted.forEach((s, i) => {
    if (s.start < at || s.end > text.length) return;
    if (s.start > at) parts.push(text.slice(at, s.start));
    const active = activeKey != null && s.key === activeKey;
    parts.push(
      <mark
        key={`${s.start}-${i}`}
        id={idPrefix ? `${idPrefix}-${i}` : undefined}
        data-key={s.key}
        title={s.term}
        style={{ background: active ? '#ffd666' : '#fff1b8', padding: '0 1px', borderRadius: 2 }}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <span style={style}>{parts}</span>;
}
