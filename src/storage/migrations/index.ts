import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as plans from './0002-plans.js';
import * as assessments from './0003-assessments.js';
import * as symptomSettings from './0004-symptom-settings.js';
import * as intakes from './0005-intakes.js';
import * as checkinVersions from './0006-checkin-versions.js';
import * as checkinTags from './0007-checkin-tags.js';
import * as intakeForm from './0008-intake-form.js';
import * as intakeMedication from './0009-intake-medication.js';
import * as eventConfirmation from './0010-event-confirmation.js';
import * as orphanedCheckinVersions from './0011-orphaned-checkin-versions.js';
import * as accounts from './0012-accounts.js';
import * as shares from './0013-shares.js';

/** Every migration, by version name. Names sort in the order they must run; never rename or edit a shipped one. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-plans': plans,
  '0003-assessments': assessments,
  '0004-symptom-settings': symptomSettings,
  '0005-intakes': intakes,
  '0006-checkin-versions': checkinVersions,
  '0007-checkin-tags': checkinTags,
  '0008-intake-form': intakeForm,
  '0009-intake-medication': intakeMedication,
  '0010-event-confirmation': eventConfirmation,
  '0011-orphaned-checkin-versions': orphanedCheckinVersions,
  '0012-accounts': accounts,
  '0013-shares': shares,
};
