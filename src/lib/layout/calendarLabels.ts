/** Calendar words for axis and tooltip labels, in UTC, with years before 1 CE written as BCE. */

export const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const monthLong = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const weekdayShort = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * A year as readers write it. Dates hold astronomical years, where year 0 is 1 BCE and -499 is 500 BCE; there is no
 * year 0 in the labels.
 */
export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BCE` : String(year);
}

const two = (n: number) => String(n).padStart(2, '0');

export const calendarLabel = {
  year: (d: Date) => yearLabel(d.getUTCFullYear()),
  month: (d: Date) => monthShort[d.getUTCMonth()]!,
  monthYear: (d: Date) => `${monthLong[d.getUTCMonth()]} ${yearLabel(d.getUTCFullYear())}`,
  monthLong: (d: Date) => monthLong[d.getUTCMonth()]!,
  day: (d: Date) => `${d.getUTCDate()} ${monthShort[d.getUTCMonth()]}`,
  weekday: (d: Date) => `${weekdayShort[d.getUTCDay()]} ${d.getUTCDate()}`,
  minute: (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
  second: (d: Date) => `:${two(d.getUTCSeconds())}`,
};
