import { calendarLabel } from './calendarLabels.ts';

/**
 * Axis labels that say as much as the tick's own unit needs, like d3's multi-scale format but on a 24-hour clock, with
 * day-month order and BCE years: "2023", "Apr", "3 Apr", "15:00", "500 BCE". A tick at a larger boundary gets the
 * larger unit's label.
 */
export function tickFormat(date: Date): string {
  if (date.getUTCMilliseconds() || date.getUTCSeconds()) return calendarLabel.second(date);
  if (date.getUTCMinutes() || date.getUTCHours()) return calendarLabel.minute(date);
  if (date.getUTCDate() > 1) return calendarLabel.day(date);
  if (date.getUTCMonth() > 0) return calendarLabel.month(date);
  return calendarLabel.year(date);
}
