import { useEffect, useState } from 'preact/hooks';
import type { MySymptom } from '../../../api/schemas.js';
import { SYMPTOM_GROUPS, type SymptomGroup } from '../../../core/index.js';
import { useRecords } from '../../data/web-data-context.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useGroupName } from './group-names.js';
import { useSymptomName } from './symptom-name.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';

interface GroupProps {
  readonly group: SymptomGroup;
  /** The catalogue's symptoms; those of other groups are left out here. */
  readonly symptoms: readonly MySymptom[];
  readonly onToggle: (symptom: MySymptom) => void;
}

/** One group of the catalogue, each symptom with its Track toggle. */
function CatalogueGroup({ group, symptoms, onToggle }: GroupProps) {
  const { t } = useI18n();
  const groupName = useGroupName();
  const nameOf = useSymptomName();
  const inGroup = symptoms.filter((s) => s.group === group);
  if (inGroup.length === 0) return null;
  return (
    <section class="stack" aria-labelledby={`group-${group}`}>
      <h2 id={`group-${group}`} class="group-heading">
        {groupName(group)}
      </h2>
      <ul class="pins">
        {inGroup.map((s) => (
          <li class="pin" key={s.id}>
            <div class="pin__text">
              <p class="pin__name">{nameOf(s)}</p>
              <p class="hint">{s.description}</p>
            </div>
            <button
              type="button"
              class="button toggle"
              aria-pressed={s.pinned ? 'true' : 'false'}
              aria-label={t('symptoms.trackLabel', { name: nameOf(s) })}
              onClick={() => onToggle(s)}
            >
              {s.pinned && (
                <span class="toggle__mark" aria-hidden="true">
                  ✓
                </span>
              )}
              {t('symptoms.track')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every catalogue symptom with a Track toggle, grouped; the person's own symptoms, which they can add or stop. */
export function SymptomsPage() {
  const { t } = useI18n();
  const groupName = useGroupName();
  const describeFailure = useDescribeFailure();
  const records = useRecords();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [list, setList] = useState<readonly MySymptom[] | undefined>(undefined);
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [group, setGroup] = useState<SymptomGroup>('sensory');
  const [nameError, setNameError] = useState<string | undefined>(undefined);

  useEffect(() => {
    void records.mySymptoms().then((result) => {
      if (result.ok) setList(result.value.symptoms);
      else setFailure(t('symptoms.loadFailed', { reason: describeFailure(result.error) }));
    });
  }, []);

  const replace = (next: MySymptom) => setList((old) => old?.map((s) => (s.id === next.id ? next : s)));

  async function togglePin(symptom: MySymptom) {
    const result = await records.pinSymptom(symptom.id, !symptom.pinned);
    if (result.ok) replace(result.value);
    else setStatus(describeFailure(result.error));
  }

  async function add(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 60) {
      setNameError(t('symptoms.nameInvalid'));
      document.getElementById('own-name')?.focus();
      return;
    }
    setNameError(undefined);
    const result = await records.addOwnSymptom({ id: crypto.randomUUID(), name: trimmed, group });
    if (result.ok) {
      setList((old) => [...(old ?? []), result.value]);
      setName('');
      setStatus(t('symptoms.added', { name: result.value.name }));
    } else setStatus(describeFailure(result.error));
  }

  async function retire(symptom: MySymptom) {
    const result = await records.retireOwnSymptom(symptom.id);
    if (result.ok) {
      replace({ ...symptom, retired: true, pinned: false });
      setStatus(t('symptoms.stopped', { name: symptom.name }));
      document.getElementById('own-heading')?.focus();
    } else setStatus(describeFailure(result.error));
  }

  const catalogue = (list ?? []).filter((s) => !s.own);
  const own = (list ?? []).filter((s) => s.own && !s.retired);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('symptoms.title')}
      </h1>
      <p>{t('symptoms.intro')}</p>
      {list !== undefined && (
        <p data-testid="symptoms-tracked">{t('symptoms.tracked', { count: list.filter((s) => s.pinned).length })}</p>
      )}
      <p>
        <a class="jump-link" href="#/today">
          {t('symptoms.backToToday')}
        </a>
      </p>
      <p class="status" role="status" aria-live="polite" data-testid="symptoms-status">
        {status}
      </p>
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      {list === undefined && !failure && (
        <p class="status" role="status">
          {t('symptoms.loading')}
        </p>
      )}
      {list && (
        <div class="stack">
          {SYMPTOM_GROUPS.map((g) => (
            <CatalogueGroup key={g} group={g} symptoms={catalogue} onToggle={(s) => void togglePin(s)} />
          ))}
          <section class="stack" aria-labelledby="own-heading">
            <h2 id="own-heading" class="group-heading" tabIndex={-1}>
              {t('symptoms.ownHeading')}
            </h2>
            {own.length > 0 && (
              <>
                <p class="hint">{t('symptoms.stopHint')}</p>
                <ul class="pins">
                  {own.map((s) => (
                    <li class="pin" key={s.id}>
                      <div class="pin__text">
                        <p class="pin__name">{s.name}</p>
                        <p class="hint">{groupName(s.group)}</p>
                      </div>
                      <button
                        type="button"
                        class="button"
                        aria-label={t('symptoms.stopLabel', { name: s.name })}
                        onClick={() => void retire(s)}
                      >
                        {t('symptoms.stop')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <form class="panel stack" noValidate onSubmit={(e) => void add(e)} aria-labelledby="add-heading">
              <h3 id="add-heading">{t('symptoms.addHeading')}</h3>
              <TextField
                id="own-name"
                label={t('symptoms.nameLabel')}
                hint={t('symptoms.nameHint')}
                value={name}
                error={nameError}
                onInput={setName}
              />
              <SelectField
                id="own-group"
                label={t('symptoms.groupLabel')}
                value={group}
                options={SYMPTOM_GROUPS.map((g) => ({ value: g, label: groupName(g) }))}
                onChange={(value) => setGroup(value as SymptomGroup)}
              />
              <button type="submit" class="button">
                {t('symptoms.add')}
              </button>
            </form>
          </section>
        </div>
      )}
    </>
  );
}
