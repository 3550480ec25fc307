import type { PlanView } from '../../../api/plan-schemas.js';
import { accuracyText, doseWords, measureLines } from './measure-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Step = PlanView['steps'][number];
type Realisation = Step['doses'][number]['realisation'];
/** One dose's instructions: a single sentence, or short numbered steps for a home mixture. */
function Instructions({ realisation }: { readonly realisation: Realisation }) {
  const i18n = useI18n();
  const lines = measureLines(i18n, realisation);
  const accuracy = accuracyText(i18n, realisation);
  return (
    <>
      {lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ol class="measure__steps">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
      {accuracy !== '' && <p class="hint">{accuracy}</p>}
    </>
  );
}

type Time = Step['doses'][number]['times'][number];

/** Times of day measured the same way, together: "Morning and night, 0.9 mg each" says it once. */
function sameTimes(times: readonly Time[]): Time[][] {
  const groups = new Map<string, Time[]>();
  for (const time of times) {
    const key = JSON.stringify([time.mg, time.realisation]);
    groups.set(key, [...(groups.get(key) ?? []), time]);
  }
  return [...groups.values()];
}

/** How to measure each dose of a step, per medicine and per time of day, naming the amount and the tool. */
export function StepMeasure({ step, nameOf }: { readonly step: Step; readonly nameOf: (id: string) => string }) {
  const words = doseWords(useI18n());
  const several = step.doses.length > 1;
  return (
    <div class="measure">
      {step.doses.map((dose) => (
        <div key={dose.medicationId}>
          {several && (
            <p class="measure__medicine">{words.medicineLine(nameOf(dose.medicationId), dose.form, dose.mg)}</p>
          )}
          {dose.times.length > 1 || several ? (
            <ul class="measure__times">
              {sameTimes(dose.times).map((group) => (
                <li key={group.map((time) => time.label).join()}>
                  <strong>
                    {group.length === 1
                      ? words.timeLine(group[0]?.label ?? '', group[0]?.mg ?? 0)
                      : words.timesLine(
                          group.map((time) => time.label),
                          group[0]?.mg ?? 0,
                        )}
                  </strong>
                  {group[0] && <Instructions realisation={group[0].realisation} />}
                </li>
              ))}
            </ul>
          ) : (
            <Instructions realisation={dose.times[0]?.realisation ?? dose.realisation} />
          )}
        </div>
      ))}
    </div>
  );
}
