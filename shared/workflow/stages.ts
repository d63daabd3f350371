/**
 * The stages of one assessment (DOMAIN.md → The process), in order. Panel review, sign-off and
 * feedback follow the conclusion (issue: expert panel and sign-off).
 */
export const STAGES = ['registration', 'screening', 'scoping', 'scoring', 'recommendations', 'conclusion'] as const;
export type Stage = (typeof STAGES)[number];

export const STATUSES = ['active', 'signed'] as const;
export type Status = (typeof STATUSES)[number];

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
