import type { PlanStatus } from '../utils/db';
import type { MessageKey } from '../utils/i18n';

export const STATUS_LABELS: Record<PlanStatus, MessageKey> = {
  idea: 'planStatusIdea',
  draft: 'planStatusDraft',
  review: 'planStatusReview',
  approved: 'planStatusApproved',
  scheduled: 'planStatusScheduled',
  published: 'planStatusPublished',
  cancelled: 'planStatusCancelled',
};
