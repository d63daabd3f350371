import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposedFinal } from '../../../shared/panel/aggregate';
import type { RatingScheme } from '../../../shared/workflow/rating-scheme';
import { DIRECTIONS, type ScoreItem } from '../../../shared/workflow/stage-data';
import { call } from '../api/client';
import { describeError } from '../errors';
import { directionPatch } from '../workflow/scoring/score-items';
import type { AggregatedRow, PanelView } from './usePanel';
import { useWorkflowRefresh } from './workflow-refresh';

interface Draft {
  direction: ScoreItem['direction'];
  likelihood: number | null;
  severity: number | null;
  note: string;
}

const draftOf = (item: AggregatedRow): Draft => {
  const start = item.final ?? proposedFinal(item);
  return { direction: start.direction, likelihood: start.likelihood, severity: start.severity, note: item.leaderNote };
};

/**
 * The group leader's final rating of one item: starts from the confirmed final, else from the
 * panel's majority direction and median ratings (proposedFinal); a note is required where it
 * departs from the median. 确认 stores it (panel/set-final), which also sets the item's score.
 */
export function FinalEditor({
  assessmentId,
  item,
  label,
  scheme,
  readOnly,
  onSaved,
}: {
  assessmentId: string;
  item: AggregatedRow;
  /** Determinant (and phase), for accessible names. */
  label: string;
  scheme: RatingScheme;
  readOnly: boolean;
  onSaved: (panel: PanelView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { flush } = useWorkflowRefresh();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  const [saving, setSaving] = useState(false);
  const proposed = proposedFinal(item);
  const differs = draft.direction !== proposed.direction || draft.likelihood !== proposed.likelihood || draft.severity !== proposed.severity;
  const rated = draft.direction !== null && draft.direction !== 'none';
  const complete = draft.direction !== null && (!rated || (draft.likelihood !== null && draft.severity !== null));
  const f = item.final;
  const confirmed =
    !!f && f.direction === draft.direction && f.likelihood === draft.likelihood && f.severity === draft.severity && item.leaderNote === draft.note;

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const scale = (name: 'likelihood' | 'severity') =>
    scheme.scales[name].levels.map((l) => ({ value: l.value, label: String(l.value), title: `${l.value} ${l.label}` }));

  async function confirm() {
    const base = item.final ?? proposed;
    const final: ScoreItem = { ...base, ...directionPatch(draft.direction) };
    if (rated) Object.assign(final, { likelihood: draft.likelihood, severity: draft.severity });
    setSaving(true);
    try {
      // Pending edits of the scores tab first, so they cannot overwrite the final afterwards.
      await flush();
      onSaved(await call('panel/set-final', { id: assessmentId, final, note: draft.note }));
      void message.success(t('panel.final.saved', { name: label }));
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Flex vertical gap={4} style={{ minWidth: 272 }} data-testid="final-editor">
      <Flex gap={4} align="center">
        <Select
          size="small"
          style={{ width: 88 }}
          aria-label={`${label} ${t('panel.final.direction')}`}
          disabled={readOnly}
          value={draft.direction}
          placeholder={t('panel.final.direction')}
          onChange={(direction: ScoreItem['direction']) =>
            set(direction === 'none' ? { direction, likelihood: null, severity: null } : { direction })
          }
          options={DIRECTIONS.map((d) => ({ value: d, label: t(`scoring.directions.${d}`) }))}
        />
        <Select
          size="small"
          style={{ width: 52 }}
          aria-label={`${label} ${t('panel.final.likelihood')}`}
          disabled={readOnly || !rated}
          value={draft.likelihood}
          onChange={(likelihood: number) => set({ likelihood })}
          options={scale('likelihood')}
        />
        <Typography.Text type="secondary">×</Typography.Text>
        <Select
          size="small"
          style={{ width: 52 }}
          aria-label={`${label} ${t('panel.final.severity')}`}
          disabled={readOnly || !rated}
          value={draft.severity}
          onChange={(severity: number) => set({ severity })}
          options={scale('severity')}
        />
        {confirmed ? (
          <Typography.Text type="success" style={{ whiteSpace: 'nowrap' }} data-testid="final-confirmed">
            <CheckCircleFilled /> {t('panel.final.confirmed')}
          </Typography.Text>
        ) : (
          !readOnly && (
            <Button size="small" type="primary" loading={saving} disabled={!complete} onClick={() => void confirm()}>
              {t('panel.final.confirm')}
            </Button>
          )
        )}
      </Flex>
      <Input.TextArea
        size="small"
        autoSize={{ minRows: 1, maxRows: 4 }}
        aria-label={`${label} ${t('panel.final.note')}`}
        placeholder={t('panel.final.notePlaceholder')}
        maxLength={5000}
        disabled={readOnly}
        status={differs && !draft.note.trim() ? 'warning' : undefined}
        value={draft.note}
        onChange={(e) => set({ note: e.target.value })}
      />
      {differs && !draft.note.trim() && !readOnly && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('panel.final.noteRequired')}
        </Typography.Text>
      )}
    </Flex>
  );
}
