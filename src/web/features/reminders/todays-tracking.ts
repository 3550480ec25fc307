import type { CalendarDate } from '../../../core/index.js';
import type { Records } from '../../data/records.js';

export interface TodaysTracking {
  readonly checkinSaved: boolean;
  readonly dosesLogged: number;
}

/**
 * What the reminders need to know about a day, from the offline-first records: a check-in or dose saved on
 * the device but not yet sent counts as done. When neither the server nor the device's copy can answer, the
 * day counts as not done: the reminder then shows, worded "if you have not … yet", which is gentler than
 * silently missing a dose.
 */
export async function todaysTracking(records: Records, date: CalendarDate): Promise<TodaysTracking> {
  const [checkin, doses] = await Promise.all([records.getCheckin(date), records.listDoses({ from: date, to: date })]);
  return { checkinSaved: checkin.ok, dosesLogged: doses.ok ? doses.value.length : 0 };
}
