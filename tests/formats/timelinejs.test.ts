import { describe, expect, test } from 'vitest';
import { exportTimelineJS, importTimelineJS, htmlToPlainText, type Timeline, type TimelineJSFile } from '../../src/lib/formats/index.ts';
import { inferTimex } from '../../src/lib/formats/inferTimex.ts';
import { eventAt, memo, sampleTimeline, seedTimeline } from './fixtures.ts';

const carried = (t: Timeline) =>
  t.events.map((e) => ({
    id: e.id, value: e.value, mod: e.mod, granularity: e.granularity, start: e.start, end: e.end, title: e.title,
    quote: e.sources[0].sentence.text, timex: e.sources[0].timex.text,
  }));

describe('TimelineJS export', () => {
  test('dates at the precision of the event, escaped HTML text with the quote, the marked expression and the citation', () => {
    const event = eventAt(memo, 'spring 2023', '2023-SP');
    const file = JSON.parse(exportTimelineJS({ title: 'A <b>memo</b>', documents: [memo], events: [event] })) as TimelineJSFile;
    expect(file).toEqual({
      title: { text: { headline: 'A &lt;b&gt;memo&lt;/b&gt;', text: '1 event from 1 document' } },
      events: [
        {
          start_date: { year: 2023, month: 3 },
          end_date: { year: 2023, month: 5 },
          display_date: 'spring 2023',
          text: {
            headline: 'In spring 2023 the plan &amp; the &lt;budget&gt; were drafted',
            text:
              '<blockquote>In <mark>spring 2023</mark> the plan &amp; the &lt;budget&gt; were drafted.</blockquote>' +
              '<p>— <cite>Budget memo; &quot;draft&quot;, v2</cite>, memo.md (Finance, Office, 2024-04-04), ' +
              '<a href="https://example.org/memo?a=1&amp;b=2">https://example.org/memo?a=1&amp;b=2</a></p>',
          },
          group: 'Budget memo; "draft", v2',
          unique_id: 'memo:209',
        },
      ],
    });
  });

  test('each granularity gets its TimelineJS dates', () => {
    const file = JSON.parse(exportTimelineJS(sampleTimeline())) as TimelineJSFile;
    expect(file.events.map((e) => [e.unique_id, e.start_date, e.end_date, e.display_date])).toEqual([
      ['letter:28', { year: -48 }, undefined, '49 BCE'],
      ['letter:35', { year: -48 }, undefined, 'early 49 BCE'],
      ['memo:152', { year: 1990 }, { year: 1999 }, '1990s'],
      ['memo:209', { year: 2023, month: 3 }, { year: 2023, month: 5 }, 'spring 2023'],
      ['memo:66', { year: 2024, month: 1 }, { year: 2024, month: 3 }, 'Q1 2024'],
      ['memo:109', { year: 2024, month: 4, day: 1 }, { year: 2024, month: 4, day: 7 }, 'week of 1 April 2024'],
      ['memo:17', { year: 2024, month: 4, day: 3, hour: 6 }, { year: 2024, month: 4, day: 3, hour: 11 }, '3 April 2024, morning'],
      ['memo:182', { year: 2024, month: 4, day: 3, hour: 15, minute: 30 }, undefined, '3 April 2024 at 15:30'],
    ]);
  });

  test('a bound inside the unit of the granularity is written finer, so the interval survives', () => {
    const since = { ...eventAt(memo, 'spring 2023', '2023-03'), end: Date.UTC(2024, 3, 5) };
    const file = JSON.parse(exportTimelineJS({ documents: [memo], events: [since] })) as TimelineJSFile;
    expect([file.events[0]?.start_date, file.events[0]?.end_date]).toEqual([{ year: 2023, month: 3 }, { year: 2024, month: 4, day: 4 }]);
    const back = importTimelineJS(JSON.stringify(file));
    expect(back.ok && back.timeline.events.map((e) => [e.value, e.granularity, e.start, e.end])).toEqual([['2023-03', 'month', Date.UTC(2023, 2), Date.UTC(2024, 3, 5)]]);
  });
});

describe('TimelineJS import', () => {
  test('every export re-imports to the same dates, values, mods, titles and quotes', () => {
    for (const timeline of [sampleTimeline(), seedTimeline()]) {
      const back = importTimelineJS(exportTimelineJS(timeline));
      expect(back.ok).toBe(true);
      if (back.ok) expect(carried(back.timeline)).toEqual(carried(timeline));
    }
  });

  test('with the documents at hand, the offsets come back too', () => {
    const seed = seedTimeline();
    const back = importTimelineJS(exportTimelineJS(seed), { documents: seed.documents });
    expect(back.ok && back.timeline.documents).toEqual(seed.documents);
    const sources = (t: Timeline) => t.events.map((e) => e.sources[0]);
    expect(back.ok && sources(back.timeline)).toEqual(sources(seed));
  });

  test('HTML from outside is reduced to plain text: no script, handler or javascript: address survives', () => {
    const hostile = {
      title: { text: { headline: '<script>alert(1)</script>Story', text: '' } },
      events: [
        {
          start_date: { year: '2024', month: '4', day: '3' },
          text: {
            headline: '<img src=x onerror="alert(2)">Talks <b onclick="steal()">held</b>',
            text:
              '<p style="background:url(javascript:alert(3))">They met <a href="javascript:alert(4)">in Geneva</a>.</p>' +
              '<iframe src="javascript:alert(5)"></iframe><svg onload="alert(6)"><script>alert(7)</script></svg>' +
              '<style>*{}</style><p>Second &amp; last <mark>paragraph</mark>.</p>',
          },
          group: 'Wire <i>desk</i>',
          unique_id: 'talks',
        },
      ],
    };
    const back = importTimelineJS(JSON.stringify(hostile));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const everything = JSON.stringify(back.timeline);
    for (const bad of ['<', '>', 'script', 'onerror', 'onclick', 'onload', 'javascript:', 'alert', 'steal', 'style']) expect(everything).not.toContain(bad);
    expect(back.timeline.title).toBe('Story');
    const [event] = back.timeline.events;
    expect(event?.title).toBe('Talks held');
    expect(event?.sources[0].sentence.text).toBe('They met in Geneva.\n\nSecond & last paragraph.');
    expect(event?.sources[0].timex.text).toBe('paragraph');
    expect(back.timeline.documents.map((d) => d.name)).toEqual(['Wire desk']);
  });

  test('a foreign file: string numbers, no group, no quote, a range no TIMEX3 value spans', () => {
    const file = { events: [{ start_date: { year: '2024', month: '04', day: '01' }, end_date: { year: 2024, month: 4, day: 15 }, text: { headline: 'Festival' } }] };
    const back = importTimelineJS(JSON.stringify(file), { name: 'festivals.json' });
    expect(back).toEqual({
      ok: true,
      timeline: {
        documents: [{ id: 'festivals', name: 'festivals.json', text: 'Festival' }],
        events: [
          {
            id: 'festivals:0', value: '2024-04-01', type: 'DATE', granularity: 'day', start: Date.UTC(2024, 3, 1), end: Date.UTC(2024, 3, 16), title: 'Festival',
            sources: [{ docId: 'festivals', timex: { start: 0, end: 8, text: 'Festival' }, sentence: { start: 0, end: 8, text: 'Festival' } }],
          },
        ],
      },
    });
  });

  test.each([
    ['a month 13', { start_date: { year: 2023, month: 13 } }, ['$.events[0].start_date.month: 13 is not a month (1–12)']],
    ['no year', { start_date: { month: 3 } }, ['$.events[0].start_date.year: required field is missing']],
    ['no start_date', { text: { headline: 'When?' } }, ['$.events[0].start_date: required field is missing']],
    ['a day without a month', { start_date: { year: 2023, day: 3 } }, ['$.events[0].start_date.day: is given without month']],
    ['31 April', { start_date: { year: 2023, month: 4, day: 31 } }, ['$.events[0].start_date.day: 2023-4-31 is not a real day']],
    ['a word for a year', { start_date: { year: 'soon' } }, ['$.events[0].start_date.year: "soon" is not a whole number']],
    ['an end before the start', { start_date: { year: 2023 }, end_date: { year: 2021 } }, ['$.events[0].end_date: is before start_date']],
    ['text that is not an object', { start_date: { year: 2023 }, text: 'plain' }, ['$.events[0].text: expected an object, got string "plain"']],
  ])('%s: the error names the path', (_, event, errors) => {
    expect(importTimelineJS(JSON.stringify({ events: [event] }))).toEqual({ ok: false, errors });
  });

  test('not JSON, no events, a repeated unique_id', () => {
    expect(importTimelineJS('<html>')).toEqual({ ok: false, errors: [expect.stringMatching(/^the file is not JSON: /)] });
    expect(importTimelineJS('{"title":{}}')).toEqual({ ok: false, errors: ['$.events: required field is missing'] });
    const twice = { events: [{ start_date: { year: 2020 }, unique_id: 'x' }, { start_date: { year: 2021 }, unique_id: 'x' }] };
    expect(importTimelineJS(JSON.stringify(twice))).toEqual({ ok: false, errors: ['$.events[1].unique_id: "x" is already used by $.events[0]'] });
  });
});

describe('pieces', () => {
  test.each([
    [Date.UTC(1990, 0), Date.UTC(2000, 0), 'year', '199', 'decade'],
    [Date.UTC(1900, 0), Date.UTC(2000, 0), 'year', '19', 'century'],
    [Date.UTC(2024, 6), Date.UTC(2025, 0), 'month', '2024-H2', 'half'],
    [Date.UTC(2024, 11), Date.UTC(2025, 2), 'month', '2025-WI', 'season'],
    [Date.UTC(2024, 9), Date.UTC(2025, 0), 'month', '2024-Q4', 'quarter'],
    [Date.UTC(2024, 11, 30), Date.UTC(2025, 0, 6), 'day', '2025-W01', 'week'],
    [Date.UTC(2024, 3, 3, 21), Date.UTC(2024, 3, 4, 6), 'hour', '2024-04-03TNI', 'part-of-day'],
    [Date.UTC(2024, 3, 3, 21, 5, 9), Date.UTC(2024, 3, 3, 21, 5, 10), 'second', '2024-04-03T21:05:09', 'second'],
  ] as const)('inferTimex %#: %s', (start, end, unit, value, granularity) => {
    expect(inferTimex(start, end, unit)).toEqual({ value, granularity, exact: true });
  });

  test('htmlToPlainText keeps blocks, line breaks and marks', () => {
    expect(htmlToPlainText('<h2>Head</h2><p>One<br>two  <mark>three</mark></p><ul><li>four</li></ul>')).toEqual({
      text: 'Head\n\nOne\ntwo three\n\nfour',
      marks: [{ start: 14, end: 19 }],
    });
    expect(htmlToPlainText('<p>before</p><blockquote>in <mark>it</mark></blockquote><p>after</p>', { within: 'blockquote' })).toEqual({
      text: 'in it',
      marks: [{ start: 3, end: 5 }],
    });
  });
});
