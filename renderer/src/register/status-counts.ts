import type { RegisterItem } from '../../../shared/register/register';

// A type, not an interface: i18next's options take it as a record of values.
export type StatusCounts = {
  total: number;
  notAssessed: number;
  inProgress: number;
  signed: number;
  exempt: number;
  /** 已提交评价 = 评价中 + 已签发, the same rule as the coverage dashboard. */
  submitted: number;
};

/** Counts of a list as shown (effective statuses), for the headers of the table and drawer. */
export function countStatuses(items: readonly Pick<RegisterItem, 'status'>[]): StatusCounts {
  const counts: StatusCounts = { total: items.length, notAssessed: 0, inProgress: 0, signed: 0, exempt: 0, submitted: 0 };
  for (const { status } of items) {
    if (status === 'not-assessed') counts.notAssessed++;
    else if (status === 'in-progress') counts.inProgress++;
    else if (status === 'signed') counts.signed++;
    else counts.exempt++;
  }
  counts.submitted = counts.inProgress + counts.signed;
  return counts;
}
