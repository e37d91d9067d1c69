import { describe, expect, it } from 'vitest';
import { MARGIN, reachOf, windowsNear } from '../../src/lib/extract/near.ts';

describe('windowsNear finds the stretches around trigger words', () => {
  it('covers each trigger with MARGIN characters on both sides, clipped to the text', () => {
    const text = `${'x '.repeat(100)}in March${' y'.repeat(100)}`;
    const at = text.indexOf('March');
    expect(windowsNear(text, 'month')).toEqual([[at - MARGIN, at + 3 + MARGIN]]);
    expect(windowsNear('May', 'month')).toEqual([[0, 3]]);
  });

  it('reaches less far on a side where a family\'s expressions end soon: after a unit, around a number', () => {
    const text = `${'x '.repeat(100)}for three and a half years${' y'.repeat(100)}`;
    const at = text.indexOf('years');
    const [before, after] = reachOf('unit');
    expect([before, after]).toEqual([MARGIN, 40]);
    // The trigger is the stem "year".
    expect(windowsNear(text, 'unit')).toEqual([[at - MARGIN, at + 4 + 40]]);
    expect(reachOf('digit')).toEqual([40, 40]);
    expect(reachOf('month')).toEqual([MARGIN, MARGIN]);
  });

  it('merges nearby triggers and counts a word in every family it contains', () => {
    const text = 'nightly 12 and 1998';
    expect(windowsNear(text, 'digit')).toEqual([[0, text.length]]);
    expect(windowsNear(text, 'setAdverb')).toEqual([[0, text.length]]);
    expect(windowsNear(text, 'dayPart')).toEqual([[0, text.length]]);
  });

  it('takes a month stem only where a month name can begin a word', () => {
    for (const text of ['the market rallied', 'a summary of the decision', 'the novel was separate', 'Marcus and Julius'])
      expect(windowsNear(text, 'month'), text).toEqual([]);
    for (const text of ['since Mar. 3', 'in DECEMBER', 'Sept 5', 'mid-May', '(Jan 2024)', 'Oct.'])
      expect(windowsNear(text, 'month'), text).not.toEqual([]);
    // The other families of a month stem keep it: "Fourth of Jul…" is a holiday's trigger however it goes on.
    expect(windowsNear('Julius', 'holiday')).toEqual([[0, 6]]);
  });

  it('takes a unit word only at the start of a word', () => {
    for (const text of ['on Monday', 'her birthday', 'until today', 'at midnight']) expect(windowsNear(text, 'unit'), text).toEqual([]);
    for (const text of ['two days', 'a mid-year review', 'the weekend', 'yearly']) expect(windowsNear(text, 'unit'), text).not.toEqual([]);
    // The word's other families keep it: "Monday" is a weekday.
    expect(windowsNear('on Monday', 'weekday')).toEqual([[0, 9]]);
  });

  it('takes no digits of sums or shares as triggers, and a number once', () => {
    for (const text of ['cost $5 more', 'a £12 fee', 'up 5% on', 'up 12 percent on', 'up 3 per cent'])
      expect(windowsNear(text, 'digit'), text).toEqual([]);
    expect(windowsNear(`${'x'.repeat(100)}3.5${'y'.repeat(100)}`, 'digit')).toEqual([[100 - reachOf('digit')[0], 101 + reachOf('digit')[1]]]);
    expect(windowsNear('in 1998', 'digit')).toEqual([[0, 7]]);
  });

  it('takes a run of four digits as a year trigger, the rest of a number too', () => {
    for (const text of ['in 1998', 'on 12.05.2024', 'the 1990s']) expect(windowsNear(text, 'year'), text).not.toEqual([]);
    for (const text of ['in 12 days', 'cost $2024', 'up 1998 percent', 'call 555 12345']) expect(windowsNear(text, 'year'), text).toEqual([]);
  });

  it('takes digits as a clock trigger only where a clock reading follows them', () => {
    for (const text of ['at 10:30', 'at 5pm', 'at 5.30 p.m.', "at 4 o'clock", 'at 0600 GMT', 'at 1430 local time', 'at 10\u2009am', 'at noon'])
      expect(windowsNear(text, 'clock'), text).not.toEqual([]);
    for (const text of ['in 12 days', 'on 5 May', 'the 1990s']) expect(windowsNear(text, 'clock'), text).toEqual([]);
  });

  it('takes most triggers only where a word starts, a few inside words too', () => {
    for (const [text, family] of [['an update', 'deictic'], ['I know', 'deictic'], ['a candidate', 'deictic']] as const)
      expect(windowsNear(text, family), text).toEqual([]);
    for (const [text, family] of [['up to date', 'deictic'], ['right now', 'deictic'], ['tonight', 'dayPart'], ['overnight', 'dayPart'], ['nineteen', 'yearWord'], ['the twentieth', 'dayOrdinal'], ['biweekly', 'setAdverb'], ['semiannually', 'setAdverb'], ['midmorning', 'dayPart'], ['midafternoon', 'dayPart'], ['midcentury', 'decadeOrCentury'], ['middecade', 'decadeOrCentury']] as const)
      expect(windowsNear(text, family), text).not.toEqual([]);
  });

  it('gives no window when the family does not occur', () => {
    expect(windowsNear('nothing temporal here', 'weekday')).toEqual([]);
    expect(windowsNear('', 'digit')).toEqual([]);
  });
});
