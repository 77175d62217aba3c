/**
 * Mainland China's public holidays and make-up workdays, from the maintained
 * `chinese-days` package. It answers for every date but only knows the years it has
 * data for; for other years this calendar says "unknown" so the weekdays decide.
 */
import chineseDays from 'chinese-days';
import type { WorkCalendar } from '../core/policy/work-calendar.js';

const known = new Map<number, boolean>();

/** True when the package has the official holidays of `year` (it lags the State Council's notice each winter). */
export function calendarKnowsYear(year: number): boolean {
  let has = known.get(year);
  if (has === undefined) {
    has = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    known.set(year, has);
  }
  return has;
}

/**
 * The mainland calendar, in the years the package knows: a public holiday on a weekday is
 * a day off, a make-up weekend day is a workday. Ordinary days are null, so a policy's own
 * `work_hours.days` (a six-day week, say) still decides them.
 */
export const mainlandCalendar: WorkCalendar = (date) => {
  if (!calendarKnowsYear(Number(date.slice(0, 4)))) return null;
  const work = chineseDays.getDayDetail(date).work;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const usual = weekday !== 0 && weekday !== 6;
  return work === usual ? null : work ? 'workday' : 'off';
};
