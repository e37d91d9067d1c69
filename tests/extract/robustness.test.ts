import { describe, expect, it } from 'vitest';
import { adversarialTexts } from '../../scripts/bench/adversarialTexts.ts';
import { tagTimexes, type Timex } from '../../src/lib/extract/index.ts';

/** TIMEX3 values the tagger may emit: calendar values with X for unknown parts, durations, sets, *_REF. */
const CALENDAR = /^(?:BC)?[\dX]{2,4}(?:-(?:[\dX]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI|W[\dX]{2}))?(?:-(?:[\dX]{2}|WE|\d))?(?:T(?:\d{2}(?::\d{2}){0,2}|MO|MI|AF|EV|NI|DT))?$/;
const DURATION = /^P(?=[\dX.T])(?:[\dX.]+(?:Y|M|W|D|DE|CE))*(?:T(?:[\dX.]+[HMS])+)?$/;
const REF = /^(?:PRESENT|PAST|FUTURE)_REF$/;

/** Everything a caller relies on: extents slice to the text, sorted, no overlaps, well-formed values. */
function problemsOf(text: string, found: readonly Timex[]): string[] {
  const problems: string[] = [];
  let end = 0;
  for (const t of found) {
    const where = `"${t.text}" at ${t.start}`;
    if (t.start < end || t.end <= t.start || t.end > text.length) problems.push(`${where}: bad extent ${t.start}-${t.end}`);
    if (text.slice(t.start, t.end) !== t.text) problems.push(`${where}: text does not slice`);
    const ok = t.type === 'DURATION' || t.type === 'SET' ? DURATION.test(t.value) || CALENDAR.test(t.value) : CALENDAR.test(t.value) || REF.test(t.value);
    if (!ok) problems.push(`${where}: ${t.type} value "${t.value}"`);
    if (t.interval && !(Number.isFinite(t.interval.start) && t.interval.end > t.interval.start)) problems.push(`${where}: bad interval`);
    end = Math.max(end, t.end);
  }
  return problems;
}

const expectSane = (text: string, found: readonly Timex[]): void => expect(problemsOf(text, found)).toEqual([]);

describe('the tagger never throws and stays sane on hostile input', () => {
  it.each(adversarialTexts(100_000))('%s (100 kB)', (_label, text) => {
    expectSane(text, tagTimexes(text, { dct: '2024-04-04' }));
  });

  const weird: readonly (readonly [string, string])[] = [
    ['empty text', ''],
    ['a single space', ' '],
    ['lone surrogates', 'On \uD800March 3\uDC00, 2024 \uDFFF and \uD83D in 1998.'],
    ['right-to-left text', 'نُشر التقرير في 12 مارس 2024، وقال المتحدث يوم Monday إن المحادثات ستستأنف in May.'],
    ['emoji', '🎉 On March 3, 2024 🎉🎉 the team met 👩‍👩‍👧 last week 🚀 at 10 a.m.'],
    ['NUL characters', 'In\u0000 1998\u0000March 3\u0000, 2024 at\u0000 noon\u0000'],
    ['a 10,000-digit number', `In ${'9'.repeat(10_000)} the year ${'1'.repeat(10_000)}s began.`],
    ['digits glued to words', 'Q3FY2024 1998-99-99 31/31/3131 99:99 p.m. 0th century 2024-W99'],
    ['combining marks and odd spaces', 'Ma\u0301rch\u00a03,\u2009\u20092024 and\u200bFriday\u3000morning'],
    ['upper-case İ, whose lower case is longer', 'İİİ On MARCH 3 İ 1998 İ last week İ'],
  ];

  it.each(weird)('%s', (_label, text) => {
    expectSane(text, tagTimexes(text, { dct: '2024-04-04' }));
    expectSane(text, tagTimexes(text, {}));
  });

  it('still finds the dates next to the noise', () => {
    const text = '🎉 On March 3, 2024 🎉 the team met.';
    expect(tagTimexes(text, { dct: '2024-04-04' }).map((t) => t.value)).toEqual(['2024-03-03']);
  });

  // A date counted back from a date ("a week ago Sunday") reads the count before it; where that count is a whole timex
  // of its own, a run of them must not swallow the ones before.
  it('a run of the same expression keeps every one of them tagged', () => {
    for (const unit of ['3 days ago', 'a week ago Sunday', 'two weeks from Friday']) {
      const text = Array(6).fill(unit).join(' ');
      const found = tagTimexes(text, { dct: '2024-04-04' });
      expectSane(text, found);
      const starts = Array.from({ length: 6 }, (_, i) => i * (unit.length + 1));
      expect(starts.filter((s) => !found.some((t) => t.start <= s && t.end >= s + unit.length))).toEqual([]);
    }
  });

  it('a malformed DCT leaves values unresolved instead of failing', () => {
    for (const dct of ['', 'garbage', '2024-13-45', '99999-01-01']) {
      expectSane('He left on Friday, last week.', tagTimexes('He left on Friday, last week.', { dct }));
    }
  });
});
