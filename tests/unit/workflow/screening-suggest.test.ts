import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DeterminantResult } from '../../../shared/evidence/search-result';
import { ScreeningFormSchema } from '../../../shared/workflow/screening-form';
import { deriveImpactLevel, suggestScreening, YES_SCORE } from '../../../shared/workflow/screening-suggest';
import type { Answer } from '../../../shared/workflow/stage-data';
import { adoptAll, chooseLevel, setAnswer, type ScreeningValue } from '../../../renderer/src/workflow/screening/screening-state';

const form = ScreeningFormSchema.parse(JSON.parse(fs.readFileSync('seeds/screening-form.json', 'utf8')));

function determinant(id: string, name: string, score: number, extra: Partial<DeterminantResult> = {}): DeterminantResult {
  return { id, name, category: '物质环境', categoryId: 'physical', score, terms: [], mentions: [], evidence: [], reasons: [], ...extra };
}

/** Which screening questions each fake determinant bears on (the taxonomy's screeningQuestions). */
const QUESTIONS: Record<string, number[]> = {
  'noise-vibration': [6, 7],
  'air-quality': [2, 6],
  'road-safety': [3],
  'employment-income': [7, 8],
};
const questionsOf = (id: string) => QUESTIONS[id] ?? [];

const answers = (spec: Record<number, Answer | null>) =>
  Object.fromEntries(Object.entries(spec).map(([n, a]) => [n, { answer: a, suggested: 'no' as const, reason: '', note: '' }]));
const level = (spec: Record<number, Answer | null>) => deriveImpactLevel(form, answers(spec), (a) => a.answer);

describe('suggestScreening', () => {
  const screen = {
    determinants: [
      determinant('noise-vibration', '噪声与振动', YES_SCORE + 1.5, { terms: ['施工噪声', '噪声', '夜间施工', '高噪声'] }),
      determinant('air-quality', '空气质量', YES_SCORE - 0.5, { terms: ['扬尘'] }),
      determinant('road-safety', '道路交通安全', YES_SCORE, {
        reasons: [{ pathway: '交通疏解', reason: '施工占道改变行人和车辆通行', triggers: ['交通疏解', '占道施工'] }],
      }),
    ],
  };
  const s = suggestScreening(form, screen, questionsOf);

  it('answers every question, unconfirmed', () => {
    expect(Object.keys(s.answers).sort((a, b) => Number(a) - Number(b))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    for (const a of Object.values(s.answers)) {
      expect(a.answer).toBeNull();
      expect(a.note).toBe('');
      expect(a.reason).toMatch(/\S/);
    }
  });

  it('suggests 是 for a strong determinant, 不知道 for a weak one, 否 for none', () => {
    expect(s.answers['6']!.suggested).toBe('yes'); // noise (strong) and air (weak)
    expect(s.answers['7']!.suggested).toBe('yes'); // noise
    expect(s.answers['3']!.suggested).toBe('yes'); // road safety at exactly the threshold
    expect(s.answers['2']!.suggested).toBe('unknown'); // air only, below the threshold
    expect(s.answers['1']!.suggested).toBe('no');
    expect(s.answers['9']!.suggested).toBe('no');
  });

  it('gives reasons naming the determinants and the words found', () => {
    expect(s.answers['6']!.reason).toContain('噪声与振动');
    expect(s.answers['6']!.reason).toContain('施工噪声');
    expect(s.answers['6']!.reason).toContain('空气质量（扬尘）');
    // At most three words per determinant.
    expect(s.answers['6']!.reason).not.toContain('高噪声');
    // Without words of its own, the triggers of the inferred pathway are named.
    expect(s.answers['3']!.reason).toContain('道路交通安全（交通疏解、占道施工）');
    expect(s.answers['1']!.reason).toBe('草案中未发现与本题相关的内容。');
  });

  it('derives the suggested level from the suggestions (critical 是 → 重大)', () => {
    expect(s.impactLevel).toBe('major');
    expect(s.fullAssessment).toBe(true);
  });

  it('suggests 否 everywhere and 很小 for a procedural draft', () => {
    const none = suggestScreening(form, { determinants: [] }, questionsOf);
    expect(Object.values(none.answers).every((a) => a.suggested === 'no' && a.answer === null)).toBe(true);
    expect(none.impactLevel).toBe('minimal');
    expect(none.fullAssessment).toBe(false);
  });

  it('names at most four determinants per question', () => {
    const many = suggestScreening(
      form,
      { determinants: ['a', 'b', 'c', 'd', 'e'].map((id) => determinant(id, `因素${id}`, 1, { terms: [id] })) },
      () => [5],
    );
    expect(many.answers['5']!.reason).toContain('因素d');
    expect(many.answers['5']!.reason).not.toContain('因素e');
  });
});

describe('deriveImpactLevel', () => {
  it('makes a 是 on a critical question 重大', () => {
    for (const q of form.questions.filter((x) => x.critical)) expect(level({ [q.number]: 'yes' }), `question ${q.number}`).toBe('major');
  });

  it('makes four 是 重大, one to three 轻度', () => {
    expect(level({ 2: 'yes', 5: 'yes', 6: 'yes', 7: 'yes' })).toBe('major');
    expect(level({ 2: 'yes', 5: 'yes', 6: 'yes', 7: 'no' })).toBe('mild');
    expect(level({ 6: 'yes' })).toBe('mild');
  });

  it('makes two 不知道 轻度, one 不知道 很小', () => {
    expect(level({ 1: 'unknown', 9: 'unknown' })).toBe('mild');
    expect(level({ 1: 'unknown', 2: 'no' })).toBe('minimal');
  });

  it('is 很小 when everything is 否 or unanswered', () => {
    expect(level(Object.fromEntries(form.questions.map((q) => [q.number, 'no'])))).toBe('minimal');
    expect(level({})).toBe('minimal');
    expect(level({ 1: null, 3: null })).toBe('minimal');
  });
});

describe('the screening form in the renderer', () => {
  const suggested = suggestScreening(
    form,
    { determinants: [determinant('noise-vibration', '噪声与振动', 3, { terms: ['噪声'] })] },
    questionsOf,
  );
  const start: ScreeningValue = { answers: suggested.answers, impactLevel: null, fullAssessment: null, note: '' };

  it('prefills the level only once every answer is confirmed, then follows the answers', () => {
    const partly = setAnswer(form, start, 6, 'yes');
    expect(partly.impactLevel).toBeNull();
    const all = adoptAll(form, partly);
    expect(Object.values(all.answers).every((a) => a.answer !== null)).toBe(true);
    expect(all.impactLevel).toBe('mild');
    expect(all.fullAssessment).toBe(true);
    const worse = setAnswer(form, all, 1, 'yes');
    expect(worse.impactLevel).toBe('major');
  });

  it('keeps a level the person chose when answers change', () => {
    const all = adoptAll(form, start);
    const chosen = chooseLevel(all, 'minimal');
    expect(chosen.fullAssessment).toBe(false); // follows the level until the person sets it
    const changed = setAnswer(form, chosen, 1, 'yes');
    expect(changed.impactLevel).toBe('minimal');
    // 很小 → 重大: the full assessment the level implied follows; one the person changed stays.
    const full = chooseLevel({ ...all, impactLevel: 'minimal', fullAssessment: false }, 'major');
    expect(full.fullAssessment).toBe(true);
    const kept = chooseLevel({ ...all, impactLevel: 'mild', fullAssessment: false }, 'major');
    expect(kept.fullAssessment).toBe(false);
  });
});
