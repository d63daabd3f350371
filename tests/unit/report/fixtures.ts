import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson } from '../../../shared/snapshot/canonical-json';
import { SnapshotSchema, type Snapshot } from '../../../shared/snapshot/snapshot';

/** The report tests' inputs: the urban-rail fixture, its fingerprint, and hostile variants. */

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/snapshots/urban-rail.json');

export function urbanRail(): Snapshot {
  return SnapshotSchema.parse(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')));
}

/** The fingerprint sign-off stores: SHA-256 of the canonical JSON. */
export function fingerprintOf(snapshot: Snapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}

export function unsigned(snapshot: Snapshot): Snapshot {
  return { ...snapshot, signatures: snapshot.signatures.filter((s) => s.role === 'leader') };
}

/** Every C0 control character, DEL, a C1 control, and unpaired surrogates. */
export const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007F\u0085\u009F\uD800x\uDFFF';
export const LONG_WORD = 'A'.repeat(250) + 'https://example.org/' + 'b'.repeat(230);
export const SCRIPT = `<script>alert("x") & 'y'</script>`;
export const EMOJI = '😀👩‍⚕️';

/** User text with XML specials, emoji, a 500-character word and control characters in every kind of field. */
export function tricky(snapshot: Snapshot): Snapshot {
  const nasty = (s: string) => `${s}${SCRIPT}${EMOJI}${CONTROL}${LONG_WORD}]]>&amp;`;
  const s = structuredClone(snapshot);
  s.assessment.title = `${SCRIPT}${EMOJI}关于加快推进城市轨道交通四期建设的实施方案${CONTROL}`;
  s.assessment.department = nasty('市发展和改革委员会');
  s.assessment.contact = nasty('');
  s.assessment.number = `HIA-2026-003${CONTROL}<&>`;
  s.assessment.draftText = nasty('草案\r\n第二行\u2028第三行\t制表');
  s.determinants[0]!.name = nasty(s.determinants[0]!.name);
  s.groups[0]!.name = nasty(s.groups[0]!.name);
  s.panel.members[1]!.name = nasty('陈静');
  s.panel.opinion = nasty(s.panel.opinion);
  s.panel.aggregation[0]!.leaderNote = nasty('说明');
  s.panel.aggregation[0]!.divergenceReason = nasty('分歧');
  s.stages.scoring.items[0]!.rationale = nasty('理由');
  s.stages.recommendations.items[0]!.text = nasty('建议');
  s.stages.conclusion.reasons = nasty('结论');
  s.stages.screening.note = nasty('初筛');
  s.evidence[0]!.text = nasty(s.evidence[0]!.text);
  s.evidence[0]!.section = nasty('章节');
  s.indicators[0]!.name = nasty('指标');
  s.signatures[0]!.comment = nasty('同意');
  return SnapshotSchema.parse(s);
}
