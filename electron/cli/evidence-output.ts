import type { ScreenResult, SearchResult } from '../../shared/evidence/search-result';

/**
 * The CLI's JSON shapes for `hia search` and `hia screen`. Our own checks read them: keep the
 * documented keys stable (extra keys may be added).
 */
export function searchJson(r: SearchResult) {
  return {
    query: r.query,
    tookMs: r.tookMs,
    corrections: r.corrections,
    determinants: r.determinants.map((d) => ({ id: d.id, name: d.name, category: d.category, score: d.score, terms: d.terms })),
    passages: r.passages.map(passageJson),
  };
}

export function screenJson(r: ScreenResult) {
  return {
    tookMs: r.tookMs,
    relevant: r.relevant,
    determinants: r.determinants.map((d) => ({
      id: d.id,
      name: d.name,
      category: d.category,
      score: d.score,
      terms: d.terms,
      evidence: d.evidence,
    })),
    groups: r.groups.map((g) => g.name),
    passages: r.passages.map(passageJson),
  };
}

function passageJson(p: SearchResult['passages'][number]) {
  return {
    id: p.id,
    text: p.text,
    score: p.score,
    source: { document: p.source.document, documentTitle: p.source.documentTitle, section: p.source.section, lineStart: p.source.lineStart, lineEnd: p.source.lineEnd },
    determinants: p.determinants,
  };
}

/** A readable summary for people at a terminal. */
export function searchText(r: SearchResult): string {
  const lines = [`查询 / query: ${r.query}  (${r.tookMs} ms)`];
  for (const c of r.corrections) lines.push(`  已纠正 / corrected: ${c.from} → ${c.to}`);
  lines.push('健康影响因素 / determinants:');
  for (const d of r.determinants) lines.push(`  ${d.score.toFixed(2).padStart(6)}  ${d.name}（${d.category}）  ${d.terms.join('、')}`);
  lines.push('证据段落 / passages:');
  for (const p of r.passages) {
    lines.push(`  [${p.id}] ${p.source.documentTitle} ${p.source.section} L${p.source.lineStart}-${p.source.lineEnd}`);
    lines.push(`        ${p.text.length > 120 ? `${p.text.slice(0, 120)}…` : p.text}`);
  }
  return lines.join('\n');
}

export function screenText(r: ScreenResult): string {
  const lines = [
    `${r.relevant ? '存在健康影响路径，建议开展评价' : '未发现实质性健康影响路径'} / relevant: ${r.relevant}  (${r.tookMs} ms)`,
  ];
  for (const d of r.determinants) lines.push(`  ${d.score.toFixed(2).padStart(6)}  ${d.name}（${d.category}）  ${d.terms.join('、')}`);
  if (r.groups.length) lines.push(`重点人群 / groups: ${r.groups.map((g) => g.name).join('、')}`);
  return lines.join('\n');
}
