/**
 * Real news: the 1998 embassy bombings in Nairobi and Dar es Salaam and the 1999 NATO accession of Poland, Hungary
 * and the Czech Republic, each reported by several agencies (APW, NYT, Xinhua) in the TimeML corpora. The files are
 * read from ../shared/corpus; the expected values are what a reader of the articles would say.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { splitEvent } from '../../src/lib/events/splitEvent.ts';
import type { TimelineEvent } from '../../src/lib/events/types.ts';
import type { TimelineData } from '../../src/lib/state/timeline.svelte.ts';
import { dctDay, readTimeML } from '../../src/lib/timeml/index.ts';
import { expectWordsInOrder } from './titleWords.ts';

const bombings = [
  'APW19980807.0261', 'APW19980808.0022', 'XIE19980808.0031', 'XIE19980808.0049', 'XIE19980808.0060', 'XIE19980808.0188',
  'XIE19980809.0010', 'APW19980809.0700', 'APW19980810.0907', 'APW19980811.0474',
];
const nato = ['APW19990312.0251', 'NYT19990312.0271', 'XIE19990313.0031', 'XIE19990313.0229', 'XIE19990313.0173', 'XIE19990227.0171', 'XIE19990210.0079'];

let data: TimelineData;
beforeAll(() => {
  const documents = [...bombings, ...nato].map((id) => {
    const doc = readTimeML(readFileSync(join('..', 'shared', 'corpus', 'tbaq-aquaint', `${id}.tml`), 'utf8'));
    const dct = dctDay(doc.dct);
    return { id, name: `${id}.tml`, text: doc.text, ...(dct ? { dct } : {}) };
  });
  data = buildTimelineData({ documents, problems: [] });
}, 120_000);

/** The event one passage ended up in: the passage is found by its document and a phrase of its sentence. */
function eventOf(docId: string, phrase: string, expression?: string): TimelineEvent {
  const found = data.events.find((e) => e.sources.some((s) => s.docId === docId && s.sentence.text.includes(phrase) && (!expression || s.timex.text === expression)));
  if (!found) throw new Error(`no event from ${docId} with "${phrase}"`);
  return found;
}
const partOf = (event: TimelineEvent, docId: string, phrase: string) =>
  (event.parts ?? [event]).find((p) => p.sources[0].docId === docId && p.sources[0].sentence.text.includes(phrase));
const names = (e: TimelineEvent) => (e.participants ?? []).map((id) => data.entities!.find((x) => x.id === id)?.name);

describe('the bombings of Friday 7 August 1998, told by four agencies\' articles, are one event', () => {
  test('passages from five documents share one event dated 1998-08-07, with the reason', () => {
    const bombing = eventOf('APW19980807.0261', 'Suspected bombs exploded outside the U.S. embassies');
    expect(bombing).toMatchObject({ value: '1998-08-07', granularity: 'day' });
    for (const [docId, phrase] of [
      ['XIE19980808.0188', 'Two bombs exploded outside U.S. embassies'],
      ['XIE19980808.0049', 'The Friday explosions at U.S. embassies'],
      ['XIE19980809.0010', 'wounded in the blasts next to the U.S. embassies'],
      ['XIE19980808.0060', 'car bomb attack on Friday outside the U.S. embassy'],
    ] as const) {
      expect(eventOf(docId, phrase).id, `${docId}: ${phrase}`).toBe(bombing.id);
    }
    expect(new Set(bombing.sources.map((s) => s.docId)).size).toBeGreaterThanOrEqual(5);
    expect(bombing.merge?.reason).toMatch(/same day \(1998-08-07\)/);
    expect(bombing.merge?.reason).toMatch(/shared names: .*Kenya/);
    expect(bombing.merge?.reason).toMatch(/shared words: .*exploded/);
    expect(names(bombing)).toEqual(expect.arrayContaining(['Kenya', 'Tanzania', 'Nairobi', 'Dar es Salaam']));
  });

  test('each source keeps its own document id and offsets', () => {
    const bombing = eventOf('APW19980807.0261', 'Suspected bombs exploded outside the U.S. embassies');
    for (const source of bombing.sources) {
      const text = data.documents.find((d) => d.id === source.docId)!.text;
      expect(text.slice(source.timex.start, source.timex.end)).toBe(source.timex.text);
      expect(text.slice(source.sentence.start, source.sentence.end)).toBe(source.sentence.text);
    }
  });

  test('reactions are their own events: Cuba\'s condemnation on Friday, Cyprus\'s and Iran\'s on Saturday', () => {
    const bombing = eventOf('APW19980807.0261', 'Suspected bombs exploded');
    const cuba = eventOf('XIE19980808.0188', 'The Cuban government Friday condemned');
    const cyprus = eventOf('XIE19980808.0060', 'The Cypriot government Saturday', 'Saturday');
    const iran = eventOf('XIE19980809.0010', 'Iran Saturday condemned');
    expect(new Set([bombing.id, cuba.id, cyprus.id, iran.id]).size).toBe(4);
    expect(cuba.title).toBe('Cuban government condemned two bomb explosions near U.S. embassies in Kenya and Tanzania');
    expect(iran.title).toBe('Iran condemned bombing of U.S. embassies in Kenya and Tanzania');
    expect(iran.sources).toHaveLength(1);
  });

  test('a sentence with two dates gives two events: the Saturday condemnation and the Friday attacks', () => {
    const saturday = eventOf('XIE19980808.0060', 'The Cypriot government Saturday', 'Saturday');
    const friday = eventOf('XIE19980808.0060', 'The Cypriot government Saturday', 'Friday');
    expect(saturday.value).toBe('1998-08-08');
    expect(saturday.title).toMatch(/^Cypriot government strongly condemned two terrorist bomb attacks in Kenya/);
    expect(friday.value).toBe('1998-08-07');
    expect(partOf(friday, 'XIE19980808.0060', 'The Cypriot government')?.title).toBe('Two terrorist bomb attacks in Kenya and Tanzania');
  });

  test('"said as dawn broke Saturday" dates the toll that was said, not the dawn', () => {
    expect(eventOf('APW19980808.0022', 'as dawn broke Saturday').title).toBe('At least 82 were killed and more than 1,700 injured, officials said');
  });

  test('splitting a source off gives back the passage as read, the rest stay merged', () => {
    const bombing = eventOf('APW19980807.0261', 'Suspected bombs exploded');
    const index = bombing.sources.findIndex((s) => s.docId === 'XIE19980808.0188');
    const split = splitEvent(data, bombing.id, index);
    const alone = split.events.find((e) => e.sources.length === 1 && e.sources[0].docId === 'XIE19980808.0188' && e.sources[0].sentence.text.includes('Two bombs exploded'))!;
    expect(alone.title).toBe('Two bombs exploded outside U.S. embassies in Kenya and Tanzania killing at least 81 people');
    expect(alone.merge).toBeUndefined();
    const rest = split.events.find((e) => e.id === bombing.id)!;
    expect(rest.sources).toHaveLength(bombing.sources.length - 1);
    expect(rest.merge?.reason).toMatch(/XIE19980808\.0188 split off by hand/);
  });
});

describe('NATO takes in Poland, Hungary and the Czech Republic (March 1999)', () => {
  test('the Friday 12 March ceremony told by two Xinhua reports is one event', () => {
    const joined = eventOf('XIE19990313.0031', 'formally joined');
    expect(joined).toMatchObject({ value: '1999-03-12', title: 'Poland, Hungary and Czech Republic formally joined NATO at ceremony held in city' });
    expect(joined.sources.map((s) => s.docId).sort()).toEqual(['XIE19990313.0031', 'XIE19990313.0229']);
    expect(names(joined)).toEqual(expect.arrayContaining(['Poland', 'Hungary', 'Czech Republic', 'NATO']));
  });

  test('the July 1997 Madrid invitation recalled by three articles is one month-long event', () => {
    const invitation = eventOf('NYT19990312.0271', 'July 1997');
    expect(invitation).toMatchObject({ value: '1997-07', granularity: 'month' });
    expect(invitation.sources.map((s) => s.docId).sort()).toEqual(['NYT19990312.0271', 'XIE19990210.0079', 'XIE19990227.0171']);
    expect(invitation.merge?.reason).toMatch(/same month \(1997-07\)/);
  });

  test('Hungary\'s ratification (Tuesday 9 February) and its signing (10 February) stay apart', () => {
    const ratified = eventOf('XIE19990210.0079', 'ratified');
    expect(ratified).toMatchObject({ value: '1999-02-09', title: 'Hungarian parliament ratified accession treaty' });
    expect(eventOf('XIE19990227.0171', 'signed').value).toBe('1999-02-10');
  });

  test('spans and fuzzy dates: "since 1949", "early 1997", "April 24 and 25"', () => {
    expect(eventOf('APW19990312.0251', 'Since 1949', '1949')).toMatchObject({ range: { kind: 'since', to: '1999-03-12' }, end: Date.UTC(1999, 2, 13) });
    const early = eventOf('NYT19990312.0271', 'early 1997');
    expect(early).toMatchObject({ mod: 'START', uncertainty: { why: 'part', earliest: Date.UTC(1997, 0, 1), latest: Date.UTC(1998, 0, 1) } });
    expect(early.title).toBe('President Boris Yeltsin told President Clinton he could live with NATO expansion');
    const summit = eventOf('XIE19990210.0079', 'April 24 and 25');
    expect(summit).toMatchObject({ range: { kind: 'from-to', to: '1999-04-25' }, start: Date.UTC(1999, 3, 24), end: Date.UTC(1999, 3, 26) });
  });

  test('people are named without their titles and one surname is one person across the articles', () => {
    const albright = data.entities!.find((e) => e.name === 'Madeleine Albright')!;
    expect(albright.kind).toBe('person');
    expect(albright.mentions?.length).toBeGreaterThanOrEqual(1);
    expect(data.entities!.find((e) => e.name === 'Bill Clinton')?.aliases).toContain('Clinton');
    expect(data.entities!.filter((e) => e.name === 'Albright')).toEqual([]);
  });
});

test('every title is made of its sentence\'s words, at most about 80 characters', () => {
  for (const event of data.events) {
    for (const part of event.parts ?? [event]) {
      expect(part.title.length).toBeLessThanOrEqual(90);
      expectWordsInOrder(part.title, part.sources[0].sentence.text);
    }
  }
});
