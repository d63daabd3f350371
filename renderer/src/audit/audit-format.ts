import type { TFunction } from 'i18next';
import type { ChannelOutput } from '../../../shared/contract';

export type AuditEntry = ChannelOutput<'audit/list'>[number];

export interface ChangeRow {
  path: string;
  old: unknown;
  new: unknown;
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const str = (x: unknown) => (x === undefined || x === null ? '' : String(x));

/** The old → new rows of an entry: `detail.changes`, or feedback's old/new pair, field by field. */
export function changesOf(entry: AuditEntry): ChangeRow[] {
  const d = entry.detail;
  if (!isRecord(d)) return [];
  if (Array.isArray(d.changes)) {
    return d.changes.filter(isRecord).map((c) => ({ path: str(c.path), old: c.old, new: c.new }));
  }
  if (entry.action === 'feedback' && isRecord(d.new)) {
    const before = isRecord(d.old) ? d.old : {};
    return Object.keys(d.new).map((k) => ({ path: k, old: before[k] ?? null, new: (d.new as Record<string, unknown>)[k] }));
  }
  return [];
}

/** Enumerations stored as codes, shown with the UI's words for them (by the last path segment). */
const ENUMS: Record<string, string> = {
  direction: 'scoring.directions',
  majorityDirection: 'scoring.directions',
  judgement: 'conclusion.judgement',
  adoption: 'signoff.feedback.adoptions',
  role: 'panel.members.roles',
  answer: 'screening.answer',
  suggested: 'screening.answer',
  impactLevel: 'screening.levels',
  kind: 'kind',
};

function enumLabel(t: TFunction, path: string, value: string): string {
  const field = path.split('.').pop() ?? '';
  const base = ENUMS[field];
  if (!base) return value;
  const key = `${base}.${value}`;
  const label = t(key);
  return label === key ? value : label;
}

/**
 * A stored value as text: codes of known enumerations in words, objects as “key: value” lines,
 * empty values as `empty`.
 */
export function formatValue(t: TFunction, path: string, value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return enumLabel(t, path, value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? enumLabel(t, k, v) : JSON.stringify(v)}`)
      .join('\n');
  }
  return JSON.stringify(value);
}

export const isEmptyValue = (value: unknown) => value === undefined || value === null || value === '';

/** The action in words: audit.actions.<action with dots as underscores>, else the raw name. */
export function actionLabel(t: TFunction, action: string): string {
  const key = `audit.actions.${action.replace(/\./g, '_')}`;
  const label = t(key);
  return label === key ? action : label;
}

const stageName = (t: TFunction, s: unknown) => (typeof s === 'string' ? t(`workflow.stage.${s}`) : '');

/** A one-line summary of an entry's detail where it is not a list of changes. */
export function summaryOf(t: TFunction, entry: AuditEntry): string {
  const d = isRecord(entry.detail) ? entry.detail : {};
  switch (entry.action) {
    case 'assessment.create':
      return t('audit.summary.created', { number: str(d.number), title: str(d.title) });
    case 'assessment.delete':
      return t('audit.summary.created', { number: str(d.number), title: str(d.title) });
    case 'stage.save':
      return t('audit.summary.stage', { stage: stageName(t, d.stage) });
    case 'stage.advance':
      return t('audit.summary.advance', { from: stageName(t, d.from), to: stageName(t, d.to) });
    case 'panel.ratings':
      return t('audit.summary.ratings', {
        member: str(d.member),
        round: str(d.round),
        items: str(d.items),
        source: d.source === 'package' ? t('audit.sources.package') : t('audit.sources.direct'),
      });
    case 'panel.package.export':
      return t('audit.summary.packageExport', { member: str(d.member), round: str(d.round) });
    case 'panel.member.remove':
      return t('audit.summary.member', { name: str(d.name) });
    case 'signoff':
      return t('audit.summary.signoff', { version: str(d.version), leader: str(d.leader), approver: str(d.approver), fingerprint: `${str(d.fingerprint).slice(0, 16)}…` });
    case 'reopen':
      return t('audit.summary.reopen', { from: str(d.fromVersion), to: str(d.toVersion), reason: str(d.reason) });
    case 'feedback':
      return t('audit.summary.feedback', { version: str(d.version), id: str(d.recommendationId) });
    case 'register.link':
    case 'register.start-assessment':
      return t('audit.summary.registerItem', { title: str(d.title) });
    case 'monitoring.record': {
      const value = (field: string) => (Array.isArray(d.changes) ? (d.changes as { path?: unknown; new?: unknown }[]).find((c) => c.path === field)?.new : undefined);
      return t('audit.summary.observation', { indicator: str(d.indicator), date: str(value('observedOn')), value: str(value('value')) });
    }
    case 'monitoring.remove':
      return t('audit.summary.observationRemoved', { indicator: str(d.indicator), reason: str(d.reason) });
    default:
      return '';
  }
}
