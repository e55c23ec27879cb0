/*
 * Calendar days as the running user has them in Salesforce: their locale and their time zone
 * (Setup > Personal Information), not the browser's. Apex's Date.today() is the user's day, so a
 * component that compares with it must use the same one.
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** The board's date options ("Nov 4, 2026"): every page shows a day the same way. */
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The user's calendar day of a moment, as YYYY-MM-DD. */
export function userDay(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).formatToParts(moment);
  // Stryker disable next-line OptionalChaining,StringLiteral: these options always give year, month and day (an invalid Date throws before)
  const part = (type: string): string => parts.find((one) => one.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the user's Salesforce time zone, as YYYY-MM-DD (what Apex's Date.today() returns). */
export function userToday(now: Date = new Date()): string {
  return userDay(now);
}

/** A calendar day (YYYY-MM-DD) `days` later (or earlier, when negative). */
export function addDays(day: string, days: number): string {
  const moment = new Date(`${day}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/**
 * A Date (YYYY-MM-DD, a calendar day: never shifted by a zone) or a Datetime (the user's day of
 * it) in the user's locale with the board's options; '' for none.
 */
export function formatDay(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const dateOnly = DATE_ONLY.test(value);
  return new Intl.DateTimeFormat(LOCALE, {
    ...DAY_OPTIONS,
    timeZone: dateOnly ? 'UTC' : TIME_ZONE
  }).format(new Date(dateOnly ? `${value}T00:00:00Z` : value));
}
