import type { Signature, Snapshot } from '../../shared/snapshot/snapshot';
import type { AuditLog } from '../audit/audit-log';
import type { Handlers } from '../dispatcher';
import type { FeedbackStore } from './feedback';
import type { PanelStore } from './panel-store';
import type { ReviewPackages } from './review-packages';
import type { SignOff } from './sign-off';

type PanelChannels = Extract<keyof Handlers, `panel/${string}` | `review/${string}` | `signoff/${string}` | `feedback/${string}` | `audit/${string}`>;

/** Contract handlers of the expert panel, review packages, sign-off, feedback and audit trail. */
export function panelHandlers(d: {
  panel: PanelStore;
  packages: ReviewPackages;
  signOff: SignOff;
  feedback: FeedbackStore;
  audit: AuditLog;
  snapshot: (id: string, signatures: Signature[], at: string) => Snapshot;
  clock: () => Date;
}): Pick<Handlers, PanelChannels> {
  const view = (id: string) => d.panel.view(id);
  const info = ({ assessmentId, version, fingerprint, signedAt }: { assessmentId: string; version: number; fingerprint: string; signedAt: string }) => ({
    assessmentId,
    version,
    fingerprint,
    signedAt,
  });
  return {
    'panel/get': ({ id }) => view(id),
    'panel/save-member': ({ id, member }) => (d.panel.saveMember(id, member), view(id)),
    'panel/remove-member': ({ id, memberId }) => (d.panel.removeMember(id, memberId), view(id)),
    'panel/save-ratings': ({ id, memberId, items }) => (d.panel.saveRatings(id, memberId, items, 'direct'), view(id)),
    'panel/second-round': ({ id }) => (d.panel.startSecondRound(id), view(id)),
    'panel/set-final': ({ id, final, note }) => (d.panel.setFinal(id, final, note), view(id)),
    'panel/save-opinion': ({ id, opinion }) => (d.panel.saveOpinion(id, opinion), view(id)),
    'panel/export-request': ({ id, memberId }) => d.packages.exportRequest(id, memberId),
    'panel/import-response': ({ id, content }) => d.packages.importResponse(id, content),
    'review/open': ({ content }) => d.packages.openRequest(content),
    'review/list': () => d.packages.tasks(),
    'review/get': ({ packageId }) => d.packages.task(packageId),
    'review/save': ({ packageId, ratings, comment }) => d.packages.saveTask(packageId, { ratings, comment }),
    'review/export': ({ packageId, comment }) => d.packages.exportResponse(packageId, comment),
    'signoff/sign': ({ id, leader, approver }) => info(d.signOff.sign(id, leader, approver)),
    'signoff/reopen': ({ id, reason }) => ({ version: d.signOff.reopen(id, reason) }),
    'signoff/versions': ({ id }) => d.signOff.versions(id).map(info),
    'feedback/list': ({ id, version }) => d.feedback.list(id, version),
    'feedback/record': ({ id, version, recommendationId, adoption, reason }) => d.feedback.record(id, version, recommendationId, adoption, reason),
    'audit/list': ({ id, limit }) => d.audit.list(id, limit),
    'audit/verify': () => d.audit.verify(),
  };
}
