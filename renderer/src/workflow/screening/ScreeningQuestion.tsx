import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERS, type Answer } from '../../../../shared/workflow/stage-data';
import type { ScreeningAnswers } from './screening-state';

export const ANSWER_COLORS: Record<Answer, string> = { yes: 'volcano', unknown: 'gold', no: 'green' };

/**
 * One question of the screening form: the person's answer (是/不知道/否), the tool's suggestion
 * with its reason, a button to take the suggestion, and an optional note.
 */
export function ScreeningQuestion({
  number,
  text,
  critical,
  entry,
  readOnly,
  onAnswer,
  onNote,
}: {
  number: number;
  text: string;
  critical: boolean;
  entry: ScreeningAnswers[string] | undefined;
  readOnly: boolean;
  onAnswer: (answer: Answer) => void;
  onNote: (note: string) => void;
}) {
  const { t } = useTranslation();
  const [noteOpen, setNoteOpen] = useState(false);
  const answer = entry?.answer ?? null;
  // Entries the person answered before any suggestion arrived carry no reason: no suggestion.
  const suggested = entry?.reason ? entry.suggested : undefined;
  const changed = answer !== null && suggested !== undefined && answer !== suggested;
  const label = t('screening.question', { number, text });
  const showNote = noteOpen || Boolean(entry?.note);

  return (
    <div data-testid="screening-question" data-question={number} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="flex-start" gap="middle" wrap>
        <Space orientation="vertical" size={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Typography.Text strong>
            {number}. {text}
            {critical && (
              <Tooltip title={t('screening.criticalHint')}>
                <Tag color="red" variant="outlined" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
                  {t('screening.critical')}
                </Tag>
              </Tooltip>
            )}
          </Typography.Text>
          <Space size={[4, 4]} wrap align="start">
            {suggested ? (
              <Tag color={ANSWER_COLORS[suggested]} data-testid="suggestion">
                {t('screening.suggested', { answer: t(`screening.answer.${suggested}`) })}
              </Tag>
            ) : (
              <Tag>{t('screening.noSuggestion')}</Tag>
            )}
            {changed && <Tag color="blue">{t('screening.changed')}</Tag>}
          </Space>
          {entry?.reason && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {entry.reason}
            </Typography.Text>
          )}
        </Space>
        <Space orientation="vertical" align="end" size={6}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            aria-label={label}
            disabled={readOnly}
            value={answer}
            onChange={(e) => onAnswer(e.target.value as Answer)}
            options={ANSWERS.map((a) => ({ value: a, label: t(`screening.answer.${a}`) }))}
          />
          <Space size={4}>
            {suggested && !readOnly && (
              <Button
                size="small"
                icon={<CheckOutlined />}
                disabled={answer === suggested}
                aria-label={`${t('screening.adopt')}（${label}）`}
                onClick={() => onAnswer(suggested)}
              >
                {t('screening.adopt')}
              </Button>
            )}
            {!showNote && !readOnly && entry && (
              <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setNoteOpen(true)}>
                {t('screening.addNote')}
              </Button>
            )}
          </Space>
        </Space>
      </Flex>
      {showNote && entry && (
        <Input.TextArea
          style={{ marginTop: 8 }}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={2000}
          aria-label={t('screening.questionNote', { number })}
          placeholder={t('screening.questionNotePlaceholder')}
          value={entry.note}
          disabled={readOnly}
          autoFocus={noteOpen && !entry.note}
          onChange={(e) => onNote(e.target.value)}
        />
      )}
    </div>
  );
}
