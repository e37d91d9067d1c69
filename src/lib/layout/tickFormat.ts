import { utcDay, utcFormat, utcHour, utcMinute, utcMonth, utcSecond, utcYear } from 'd3';

const formats = {
  second: utcFormat(':%S'),
  minute: utcFormat('%H:%M'),
  day: utcFormat('%-d %b'),
  month: utcFormat('%b'),
  year: utcFormat('%Y'),
};

/**
 * Axis labels that say as much as the tick's own unit needs, like d3's multi-scale format but on a 24-hour clock and
 * with day-month order: "2023", "Apr", "3 Apr", "15:00". A tick at a larger boundary gets the larger unit's label.
 */
export function tickFormat(date: Date): string {
  if (utcSecond(date) < date) return formats.second(date);
  if (utcMinute(date) < date) return formats.second(date);
  if (utcHour(date) < date) return formats.minute(date);
  if (utcDay(date) < date) return formats.minute(date);
  if (utcMonth(date) < date) return formats.day(date);
  if (utcYear(date) < date) return formats.month(date);
  return formats.year(date);
}
