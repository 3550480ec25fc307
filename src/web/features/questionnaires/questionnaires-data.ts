/** Where questionnaires reach the person's records: the records port and the clock from context (tests replace this module). */
import { useMemo } from 'preact/hooks';
import type { Records } from '../../data/records.js';
import { entryState, useSentCount } from '../../data/use-sent.js';
import { useWebData } from '../../data/web-data-context.js';

export function useQuestionnairesData() {
  const { records, clock } = useWebData();
  return useMemo(
    () => ({
      /** The one clock of the browser side (a clock that stands still in tests): what day it is. */
      clock,
      instruments: () => records.instruments(),
      listAssessments: (query: Parameters<Records['listAssessments']>[0]) => records.listAssessments(query),
      recordAssessment: (...args: Parameters<Records['recordAssessment']>) => records.recordAssessment(...args),
      /** Where the result with this id stands in the outbox. */
      assessmentState: (id: string) => entryState(records, (op) => op.kind === 'assessment' && op.body.id === id),
      useSentCount,
    }),
    [records, clock],
  );
}
