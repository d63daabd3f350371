import type { ScreeningForm } from '../../../../shared/workflow/screening-form';
import { deriveImpactLevel } from '../../../../shared/workflow/screening-suggest';
import type { Answer, ImpactLevel, StageDataOf } from '../../../../shared/workflow/stage-data';

export type ScreeningValue = StageDataOf<'screening'>;
export type ScreeningAnswers = ScreeningValue['answers'];

/** How many of the form's questions the person has answered (confirmed). */
export function confirmedCount(form: ScreeningForm, answers: ScreeningAnswers): number {
  return form.questions.filter((q) => answers[String(q.number)]?.answer).length;
}

/** The level the confirmed answers give, or null while some question is unconfirmed. */
export function derivedLevel(form: ScreeningForm, answers: ScreeningAnswers): ImpactLevel | null {
  if (confirmedCount(form, answers) < form.questions.length) return null;
  return deriveImpactLevel(form, answers, (a) => a.answer);
}

/** A full assessment is suggested for every level but 很小. */
export const impliesFullAssessment = (level: ImpactLevel) => level !== 'minimal';

/**
 * The impact level and full-assessment choice follow the derivation until the person picks
 * something else: a value that is empty or still equals what the previous answers gave is
 * replaced; a value the person changed is kept. Likewise the full-assessment choice follows
 * the level.
 */
function follow(form: ScreeningForm, prev: ScreeningValue, answers: ScreeningAnswers): ScreeningValue {
  const before = derivedLevel(form, prev.answers);
  const after = derivedLevel(form, answers);
  const levelFollows = prev.impactLevel === null || prev.impactLevel === before;
  const impactLevel = levelFollows && after !== null ? after : prev.impactLevel;
  return withLevel({ ...prev, answers }, impactLevel, prev.impactLevel);
}

function withLevel(value: ScreeningValue, level: ImpactLevel | null, prevLevel: ImpactLevel | null): ScreeningValue {
  const fullFollows = value.fullAssessment === null || (prevLevel !== null && value.fullAssessment === impliesFullAssessment(prevLevel));
  const fullAssessment = fullFollows && level !== null ? impliesFullAssessment(level) : value.fullAssessment;
  return { ...value, impactLevel: level, fullAssessment };
}

/** Sets one question's answer (the level follows, see `follow`). */
export function setAnswer(form: ScreeningForm, value: ScreeningValue, number: number, answer: Answer): ScreeningValue {
  const key = String(number);
  const current = value.answers[key] ?? { answer: null, suggested: 'unknown' as const, reason: '', note: '' };
  return follow(form, value, { ...value.answers, [key]: { ...current, answer } });
}

/** Takes every suggestion as the answer, for the questions not answered otherwise. */
export function adoptAll(form: ScreeningForm, value: ScreeningValue): ScreeningValue {
  const answers: ScreeningAnswers = { ...value.answers };
  for (const [key, a] of Object.entries(answers)) answers[key] = { ...a, answer: a.answer ?? a.suggested };
  return follow(form, value, answers);
}

/** The person's own choice of level; the full-assessment choice follows unless changed. */
export function chooseLevel(value: ScreeningValue, level: ImpactLevel): ScreeningValue {
  return withLevel(value, level, value.impactLevel);
}

export function setQuestionNote(value: ScreeningValue, number: number, note: string): ScreeningValue {
  const key = String(number);
  const current = value.answers[key];
  if (!current) return value;
  return { ...value, answers: { ...value.answers, [key]: { ...current, note } } };
}

/** Adds the suggested entries for questions that have none yet; existing entries are kept. */
export function mergeSuggestions(value: ScreeningValue, suggested: ScreeningAnswers): ScreeningValue {
  return { ...value, answers: { ...suggested, ...value.answers } };
}

/** True when the form is pre-filled and every suggestion is 否: no health pathway found. */
export function noPathwaySuggested(form: ScreeningForm, answers: ScreeningAnswers): boolean {
  return form.questions.every((q) => answers[String(q.number)]?.suggested === 'no') && form.questions.length > 0;
}
