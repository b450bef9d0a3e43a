import type { PlanStatus } from '../../utils/platform/db';
import type { MessageKey } from '../../utils/platform/i18n';

export const STATUS_LABELS: Record<PlanStatus, MessageKey> = {
  idea: 'planStatusIdea',
  draft: 'planStatusDraft',
  review: 'planStatusReview',
  approved: 'planStatusApproved',
  scheduled: 'planStatusScheduled',
  published: 'planStatusPublished',
  cancelled: 'planStatusCancelled',
};
