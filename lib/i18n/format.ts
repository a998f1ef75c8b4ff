// Dates and relative times in the catalog's locale, through Intl.
import { locale } from './t';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A calendar date such as "25 November 2028" / "25. November 2028" / "2028年11月25日". */
export function formatDate(at: number | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(at);
}

/** A date with its time, for records: "25 Nov 2028, 14:05". */
export function formatDateTime(at: number | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * How long ago (or from now) `at` is, in the largest unit that fits once rounded: "now", "5 minutes ago",
 * "in 3 days" (59.6 minutes is "1 hour ago", not "60 minutes ago").
 */
export function relative(at: number, now: number): string {
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const diff = at - now;
  if (Math.abs(diff) < MINUTE) return format.format(0, 'second');
  const minutes = Math.round(diff / MINUTE);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(diff / HOUR);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}

/** Whole calendar days from `now` to `at` (negative when past), counted as the expiry notes count them. */
export function daysUntil(at: number, now: number): number {
  return Math.floor((at - now) / DAY);
}

/** Names joined the way the locale joins a list of units: "A, B, C" / "A, B und C". */
export function list(items: readonly string[]): string {
  return new Intl.ListFormat(locale(), { type: 'unit', style: 'short' }).format(items);
}
