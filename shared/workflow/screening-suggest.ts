import type { ScreenResult } from '../evidence/search-result';
import type { ScreeningForm } from './screening-form';
import type { Answer, ImpactLevel, StageDataOf } from './stage-data';

/** A determinant this strong answers its screening questions 是; weaker ones 不知道. */
export const YES_SCORE = 2;

export interface ScreeningSuggestion {
  answers: StageDataOf<'screening'>['answers'];
  impactLevel: ImpactLevel;
  fullAssessment: boolean;
}

/**
 * Pre-fills the screening form from the evidence base's reading of the draft. Each answer
 * carries its reason (the determinants and words found) so the person can judge it; the
 * person always confirms (answers start unconfirmed: `answer` null).
 */
export function suggestScreening(
  form: ScreeningForm,
  screen: Pick<ScreenResult, 'determinants'>,
  questionsOf: (determinantId: string) => number[],
): ScreeningSuggestion {
  const answers: ScreeningSuggestion['answers'] = {};
  for (const q of form.questions) {
    const related = screen.determinants.filter((d) => questionsOf(d.id).includes(q.number));
    const suggested: Answer = related.some((d) => d.score >= YES_SCORE) ? 'yes' : related.length > 0 ? 'unknown' : 'no';
    const reason =
      related.length === 0
        ? '草案中未发现与本题相关的内容。'
        : `草案涉及：${related
            .slice(0, 4)
            .map((d) => {
              const words = d.terms.length ? d.terms.slice(0, 3) : d.reasons.flatMap((r) => r.triggers).slice(0, 3);
              return `${d.name}（${words.join('、')}）`;
            })
            .join('；')}。`;
    answers[String(q.number)] = { answer: null, suggested, reason, note: '' };
  }
  const impactLevel = deriveImpactLevel(form, answers, (a) => a.suggested);
  return { answers, impactLevel, fullAssessment: impactLevel !== 'minimal' };
}

/**
 * 很小 / 轻度 / 重大 from the answers: a 是 on a critical question (infectious disease,
 * poisoning or injury, emergencies) or four 是 make it 重大; any 是 or two 不知道 make it 轻度.
 */
export function deriveImpactLevel<A>(form: ScreeningForm, answers: Record<string, A>, pick: (a: A) => Answer | null): ImpactLevel {
  const value = (n: number) => {
    const a = answers[String(n)];
    return a === undefined ? null : pick(a);
  };
  const yes = form.questions.filter((q) => value(q.number) === 'yes');
  const unknown = form.questions.filter((q) => value(q.number) === 'unknown');
  if (yes.some((q) => q.critical) || yes.length >= 4) return 'major';
  if (yes.length > 0 || unknown.length >= 2) return 'mild';
  return 'minimal';
}
