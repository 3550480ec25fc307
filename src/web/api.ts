/**
 * TEMPORARY (issue #10): the few online-only calls screens still being moved make through `api`; they are the
 * records port's own (same client, same account), so there is still one path for every write. Deleted once
 * those screens read `useRecords()`.
 */
import { records } from './offline/index.js';

export const api = {
  previewPlan: records.previewPlan,
  savePlan: records.savePlan,
  addHold: records.addHold,
  confirmEvent: records.confirmEvent,
  planCalendarUrl: records.planCalendarUrl,
};
