import type { PlanView } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { PlanChart } from './plan-chart.js';
import { PlanSchedule } from './plan-schedule.js';
import { PlanSummary } from './plan-summary.js';
import { PlanWarnings } from './plan-warnings.js';
import { planWords } from './plan-words.js';

const t = planWords.plan;

export interface OverviewProps {
  readonly plan: PlanView;
  readonly today: CalendarDate;
  readonly nameOf: (id: string) => string;
  /** The form the person chose to measure with, in words: the plan's own adjustments are explained against it. */
  readonly chosenFormName: string;
}

/** A whole plan, saved or previewed: warnings first, then the schedule, the summary and the chart. */
export function PlanOverview({ plan, today, nameOf, chosenFormName }: OverviewProps) {
  return (
    <>
      <PlanWarnings warnings={plan.warnings} />
      <h3>{t.scheduleHeading}</h3>
      <PlanSchedule plan={plan} today={today} nameOf={nameOf} />
      <PlanSummary plan={plan} nameOf={nameOf} chosenFormName={chosenFormName} />
      <h3>{t.chartHeading}</h3>
      <PlanChart plan={plan} scaleName={nameOf(plan.doseScale)} />
    </>
  );
}
