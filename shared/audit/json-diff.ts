/** One changed value: a dotted path (`answers.3.answer`) with the value before and after. */
export interface Change {
  path: string;
  old: unknown;
  new: unknown;
}

const MAX_CHANGES = 60;
const MAX_VALUE = 400;

function clip(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_VALUE) return `${value.slice(0, MAX_VALUE)}…(${value.length})`;
  if (value !== null && typeof value === 'object') {
    const json = JSON.stringify(value);
    return json.length > MAX_VALUE ? `${json.slice(0, MAX_VALUE)}…(${json.length})` : value;
  }
  return value;
}

/**
 * What changed between two JSON values, leaf by leaf (arrays compared by index), capped so an
 * audit entry stays small however large the document. Equal values give no changes.
 */
export function jsonDiff(before: unknown, after: unknown, path = ''): Change[] {
  const out: Change[] = [];
  walk(before, after, path, out);
  if (out.length > MAX_CHANGES) {
    return [...out.slice(0, MAX_CHANGES), { path: '…', old: null, new: `${out.length - MAX_CHANGES} more changes` }];
  }
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: Change[]): void {
  if (out.length > MAX_CHANGES) return;
  if (Object.is(a, b)) return;
  const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object';
  if (bothObjects && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    return;
  }
  out.push({ path: path || '(root)', old: clip(a), new: clip(b) });
}
