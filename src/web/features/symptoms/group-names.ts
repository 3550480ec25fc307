/** Each symptom group's name, by core's group code (the check-in and My symptoms both show them). */
import type { SymptomGroup } from '../../../core/index.js';
import type { PlainMessageId } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';

export const GROUP_NAME_IDS: Readonly<Record<SymptomGroup, PlainMessageId>> = {
  sensory: 'group.sensory',
  motor: 'group.motor',
  sleep: 'group.sleep',
  mood: 'group.mood',
  cognitive: 'group.cognitive',
  autonomic: 'group.autonomic',
  gastrointestinal: 'group.gastrointestinal',
  perceptual: 'group.perceptual',
};

/** A group's message id; a group this build does not know (sent by a newer server) is shown by its code. */
export const groupNameId = (group: string): PlainMessageId | undefined =>
  Object.hasOwn(GROUP_NAME_IDS, group) ? GROUP_NAME_IDS[group as SymptomGroup] : undefined;

/** A group's name in the active language. */
export function useGroupName(): (group: string) => string {
  const { t } = useI18n();
  return (group) => {
    const id = groupNameId(group);
    return id === undefined ? group : t(id);
  };
}
