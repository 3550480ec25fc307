import type { PlanView } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { PlanChart } from './plan-chart.js';
import { PlanSchedule } from './plan-schedule.js';
import { PlanSummary } from './plan-summary.js';
import { PlanWarnings } from './plan-warnings.js';
import { useI18n } from '../../i18n/i18n-context.js';

export interface OverviewProps {
  readonly plan: PlanView;
  readonly today: CalendarDate;
  readonly nameOf: (id: string) => string;
  /** The form the person chose to measure with, in words: the plan's own adjustments are explained against it. */
  readonly chosenFormName: string;
}

/** A whole plan, saved or previewed: warnings first, then the schedule, the summary and the chart. */
export function PlanOverview({ plan, today, nameOf, chosenFormName }: OverviewProps) {
  const { t } = useI18n();
  return (
    <>
      <PlanWarnings warnings={plan.warnings} />
      <h3>{t('plan.scheduleHeading')}</h3>
      <PlanSchedule plan={plan} today={today} nameOf={nameOf} />
      <PlanSummary plan={plan} nameOf={nameOf} chosenFormName={chosenFormName} />
      <h3>{t('plan.chartHeading')}</h3>
      <PlanChart plan={plan} scaleName={nameOf(plan.doseScale)} />
    </>
  );
}
