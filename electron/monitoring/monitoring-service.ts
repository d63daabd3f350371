import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { MonitoringView, ObservationInput } from '../../shared/monitoring/monitoring-contract';
import { computeProgress } from '../../shared/monitoring/progress';
import { followedIndicators, type Followed, type FollowedDeps } from './followed-indicators';
import type { ObservationStore } from './observation-store';

type Input = z.output<typeof ObservationInput>;

/** YYYY-MM-DD of the clock on this computer's calendar: "today" for the person recording. */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * 跟踪监测: the indicators an assessment follows up with their values and progress, and the
 * rules for recording: only after sign-off, only for the signed version's indicators, never a
 * date in the future.
 */
export class Monitoring {
  constructor(
    private readonly deps: FollowedDeps,
    private readonly store: ObservationStore,
    private readonly clock: () => Date,
  ) {}

  view(assessmentId: string, followed: Followed = followedIndicators(this.deps, assessmentId)): MonitoringView {
    const observations = followed.signedVersion === null ? [] : this.store.list(assessmentId);
    return {
      assessmentId,
      signedVersion: followed.signedVersion,
      canRecord: followed.signedVersion !== null,
      indicators: followed.indicators.map(({ indicator, determinants }) => {
        const own = observations.filter((o) => o.indicatorId === indicator.id);
        return { indicator, determinants, observations: own, progress: computeProgress(indicator, own) };
      }),
    };
  }

  record(assessmentId: string, input: Input): MonitoringView {
    const followed = followedIndicators(this.deps, assessmentId);
    if (followed.signedVersion === null) {
      throw new AppError('CONFLICT', '签发后才能登记监测值 / Follow-up values can be recorded only after sign-off');
    }
    const indicator = followed.indicators.find((i) => i.indicator.id === input.indicatorId)?.indicator;
    if (!indicator) {
      throw new AppError('NOT_FOUND', `已签发版本未选定该监测指标：${input.indicatorId} / The signed version does not monitor this indicator`);
    }
    if (input.observedOn > localDate(this.clock())) {
      throw new AppError('INVALID_INPUT', '监测日期不能晚于今天 / The date of a value cannot be in the future');
    }
    this.store.record(
      assessmentId,
      { version: followed.signedVersion, indicatorName: indicator.name },
      { indicatorId: indicator.id, observedOn: input.observedOn, value: input.value.trim(), note: input.note.trim() },
    );
    return this.view(assessmentId, followed);
  }

  remove(assessmentId: string, observationId: string, reason: string): MonitoringView {
    const followed = followedIndicators(this.deps, assessmentId);
    const indicatorId = this.store.indicatorOf(assessmentId, observationId);
    const name = followed.indicators.find((i) => i.indicator.id === indicatorId)?.indicator.name ?? null;
    this.store.remove(assessmentId, observationId, reason, { version: followed.signedVersion, indicatorName: name });
    return this.view(assessmentId, followed);
  }
}
