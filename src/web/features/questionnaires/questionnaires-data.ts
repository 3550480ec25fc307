/** Where questionnaires reach the person's records: the one module to switch when the records come from context. */
import { records } from '../../offline/index.js';
import { entryState, useSentCount } from '../../offline/use-sent.js';

export const questionnairesData = {
  instruments: () => records.instruments(),
  listAssessments: (query: Parameters<typeof records.listAssessments>[0]) => records.listAssessments(query),
  recordAssessment: (...args: Parameters<typeof records.recordAssessment>) => records.recordAssessment(...args),
  /** Where the result with this id stands in the outbox. */
  assessmentState: (id: string) => entryState((op) => op.kind === 'assessment' && op.body.id === id),
  useSentCount,
};
