/**
 * What the crash-safety writer reports per commit and the test recomputes after the crash:
 * a key naming the saved thing and a SHA-256 of its saved content (canonical JSON), so "every
 * committed change is intact" is checked field by field, not just by counting rows.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/snapshot/canonical-json';

export function checksum(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);
}

export interface AssessmentLike {
  title: string;
  kind: string;
  department: string;
  contact: string;
  draftText: string;
}

export const assessmentContent = (a: AssessmentLike) => ({
  title: a.title,
  kind: a.kind,
  department: a.department,
  contact: a.contact,
  draftText: a.draftText,
});

export interface DocumentLike {
  id: string;
  title: string;
  sha256: string;
  lineCount: number;
  passageCount: number;
}

export const documentContent = (d: DocumentLike) => ({
  id: d.id,
  title: d.title,
  sha256: d.sha256,
  lineCount: d.lineCount,
  passageCount: d.passageCount,
});

/** One stdout line per committed call: `committed <n> <key> <checksum>`. */
export const commitLine = (n: number, key: string, sum: string) => `committed ${n} ${key} ${sum}\n`;

/**
 * Written just before an update whose result is known in advance. If the process dies after
 * the commit but before its `committed` line, the database legitimately holds this content.
 */
export const pendingLine = (key: string, sum: string) => `pending ${key} ${sum}\n`;

/** The update in flight when the process died: a `pending` line with no line after it. */
export function inFlight(stdout: string): { key: string; sum: string } | null {
  const lines = stdout.slice(0, stdout.lastIndexOf('\n') + 1).trimEnd().split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (!last.startsWith('pending ')) return null;
  const [, key, sum] = last.split(' ');
  return { key: key!, sum: sum! };
}

export function parseCommitLines(stdout: string): { n: number; key: string; sum: string }[] {
  // Only whole lines: the process may die in the middle of writing one.
  const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((l) => l.startsWith('committed '))
    .map((l) => {
      const [, n, key, sum] = l.split(' ');
      return { n: Number(n), key: key!, sum: sum! };
    });
}
