import { useState } from 'preact/hooks';
import type { SavedPlan } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { HoldForm } from './hold-form.js';
import { NowNext } from './now-next.js';
import type { PlanData } from './plan-data.js';
import { PlanOverview } from './plan-overview.js';
import { PlanPause } from './plan-pause.js';
import { PrepCards, printSteps } from './prep-cards.js';
import { PrintSection } from './print-section.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ReadinessLink } from '../readiness/readiness-link.js';

export interface SavedPlanProps {
  readonly data: PlanData;
  readonly saved: SavedPlan;
  readonly today: CalendarDate;
  readonly accountId: string;
  readonly nameOf: (id: string) => string;
  readonly chosenFormName: string;
  readonly offline: boolean;
  /** "Plan saved." right after saving. */
  readonly status: string;
  readonly onEdit: () => void;
  readonly onSaved: (saved: SavedPlan) => void;
}

/** The saved plan as people mostly come to read it: now and next first, then everything else; editing is one tap away. */
export function SavedPlanView(props: SavedPlanProps) {
  const { t } = useI18n();
  const w = usePlanWords();
  const { data, saved, today, nameOf, offline, onEdit, onSaved } = props;
  const [printAll, setPrintAll] = useState(false);
  const plan = saved.plan;
  const cards = printSteps(plan, today, printAll);
  return (
    <>
      <section class="screen-only stack" aria-labelledby="result-heading" data-testid="saved-plan">
        <h2 id="result-heading" class="visually-hidden" tabIndex={-1}>
          {t('plan.savedHeading')}
        </h2>
        <p class="status" role="status" aria-live="polite" data-testid="plan-save-status">
          {props.status}
        </p>
        {offline && (
          <p class="notice" data-testid="plan-offline">
            {t('plan.screen.offline')}
          </p>
        )}
        <PlanPause data={data} saved={saved} today={today} onSaved={onSaved} />
        <NowNext plan={plan} today={today} nameOf={nameOf} />
        <ReadinessLink plan={plan} today={today} accountId={props.accountId} />
        <p>
          <button type="button" class="button button--primary" onClick={onEdit}>
            {t('plan.screen.changePlan')}
          </button>
        </p>
        <p class="hint">{w.plan.savedLine(saved.revision, saved.createdAt)}</p>
        <p class="educational">{t('app.educational')}</p>
        <PlanOverview plan={plan} today={today} nameOf={nameOf} chosenFormName={props.chosenFormName} />
        <PrintSection printAll={printAll} cards={cards.length} onScope={setPrintAll} />
        <p>
          <a class="button" href={data.calendarUrl()} download="taper-plan.ics" aria-describedby="calendar-hint">
            {t('plan.calendar')}
          </a>
        </p>
        <p class="hint" id="calendar-hint">
          {t('plan.calendarHint')}
        </p>
        <HoldForm data={data} saved={saved} today={today} onSaved={onSaved} />
      </section>
      <PrepCards steps={cards} nameOf={nameOf} pace={plan.pace} />
    </>
  );
}
