/**
 * schema/timeline.schema.json and the hand-written validator must agree: ajv (a test-only dependency) runs the
 * schema on the same samples. The validator checks more than a schema can (offsets, references, unique ids, real
 * dates); those samples are listed apart, where the schema accepts and the validator refuses.
 */
import { describe, expect, test } from 'vitest';
import { validateSchema } from './timelineSchema.ts';
import { exportJson, validateTimelineFile } from '../../src/lib/formats/index.ts';
import { richTimeline, seedTimeline } from './fixtures.ts';


type Sample = Record<string, any>;
const rich = (): Sample => JSON.parse(exportJson(richTimeline()));

const valid: [string, () => unknown][] = [
  ['the seed timeline', () => JSON.parse(exportJson(seedTimeline()))],
  ['a rich file', rich],
  ['a rich file with its events as rows', () => JSON.parse(exportJson(richTimeline(), { indent: 0, layout: 'rows' }))],
  ['an empty timeline', () => ({ format: 'passage-timeline', version: 1, documents: [], events: [] })],
  ['a title and empty optional lists', () => ({ format: 'passage-timeline', version: 1, title: '', documents: [], events: [], undated: [], entities: [] })],
];

const structurallyInvalid: [string, (f: Sample) => unknown][] = [
  ['not an object', () => ['passage-timeline']],
  ['null', () => null],
  ['wrong format', (f) => ({ ...f, format: 'timelinejs' })],
  ['version 3', (f) => ({ ...f, version: 3 })],
  ['a row in a version 1 file', (f) => ({ ...f, events: [...f.events.slice(1), JSON.parse(exportJson({ ...richTimeline(), events: richTimeline().events.slice(0, 1) }, { indent: 0, layout: 'rows' })).events[0]] })],
  ['version as a string', (f) => ({ ...f, version: '1' })],
  ['no events', ({ events: _, ...f }) => f],
  ['an unknown top-level field', (f) => ({ ...f, problems: [] })],
  ['a title that is not a string', (f) => ({ ...f, title: 7 })],
  ['documents not an array', (f) => ({ ...f, documents: {} })],
  ['a document without text', (f) => (delete f.documents[0].text, f)],
  ['a document with empty text', (f) => ((f.documents[0].text = ''), f)],
  ['a dct written 04/04/2024', (f) => ((f.documents[0].dct = '04/04/2024'), f)],
  ['a url without http', (f) => ((f.documents[0].url = 'ftp://x.org'), f)],
  ['an event type that is not TIMEX3', (f) => ((f.events[0].type = 'EVENT'), f)],
  ['a mod that is not TIMEX3', (f) => ((f.events[0].mod = 'ROUGHLY'), f)],
  ['a granularity that is not ours', (f) => ((f.events[0].granularity = 'fortnight'), f)],
  ['start as epoch milliseconds', (f) => ((f.events[0].start = 0), f)],
  ['start without milliseconds', (f) => ((f.events[0].start = '2024-04-03T00:00:00Z'), f)],
  ['an empty value', (f) => ((f.events[0].value = ''), f)],
  ['empty sources', (f) => ((f.events[0].sources = []), f)],
  ['a fractional offset', (f) => ((f.events[0].sources[0].timex.end = 3.5), f)],
  ['a negative offset', (f) => ((f.events[0].sources[0].sentence.start = -1), f)],
  ['a span with an extra field', (f) => ((f.events[0].sources[0].timex.length = 3), f)],
  ['a source without its sentence', (f) => (delete f.events[0].sources[0].sentence, f)],
  ['participants listed twice', (f) => ((f.undated[0].participants = ['board', 'board']), f)],
  ['a merge without a reason', (f) => ((f.events[0].merge = {}), f)],
  ['an undated mention without sources', (f) => (delete f.undated[0].sources, f)],
  ['an uncertainty without why', (f) => ((f.events[0].uncertainty = { earliest: f.events[0].start }), f)],
  ['a range of an unknown kind', (f) => ((f.events[0].range = { kind: 'until', to: '2024' }), f)],
  ['an entity of an unknown kind', (f) => ((f.entities[0].kind = 'animal'), f)],
  ['an empty alias', (f) => ((f.entities[0].aliases = ['']), f)],
  ['a mention without text', (f) => (delete f.entities[0].mentions[0].text, f)],
];

/** A rich file whose events are rows: what is wrong with a row's shape, both refuse. */
const rows = (): Sample => JSON.parse(exportJson(richTimeline(), { indent: 0, layout: 'rows' }));
const invalidRows: [string, (f: Sample) => unknown][] = [
  ['a row of seven items', (f) => (f.events[2].pop(), f)],
  ['a row of ten items', (f) => (f.events[2].push({}, {}), f)],
  ['a row whose type is not TIMEX3', (f) => ((f.events[2][2] = 'EVENT'), f)],
  ['a row whose start is a number', (f) => ((f.events[2][4] = 0), f)],
  ['a row without passages', (f) => ((f.events[2][7] = []), f)],
  ['a passage of four items', (f) => (f.events[2][7][0].pop(), f)],
  ['a passage with a negative offset', (f) => ((f.events[2][7][0][1] = -1), f)],
  ['a required field among the optional ones', (f) => (f.events[2].push({ id: 'x' }), f)],
  ['optional fields as an array', (f) => (f.events[2].push([]), f)],
];

/** Valid for the schema, refused by the validator: the checks beyond the schema. */
const semanticallyInvalid: [string, (f: Sample) => unknown][] = [
  ['a quote that is not at its offsets', (f) => ((f.events[0].sources[0].timex.text = 'x'), f)],
  ['offsets past the text', (f) => ((f.events[0].sources[0].sentence.end = 10_000), f)],
  ['a timex outside its sentence', (f) => (Object.assign(f.events[0].sources[0].timex, { start: 0, end: 6, text: 'Caesar' }), Object.assign(f.events[0].sources[0].sentence, { start: 7, end: 14, text: 'crossed' }), f)],
  ['an unknown document id', (f) => ((f.events[0].sources[0].docId = 'nope'), f)],
  ['an unknown participant', (f) => ((f.events[0].participants = ['nobody']), f)],
  ['two events with one id', (f) => ((f.events[1].id = f.events[0].id), f)],
  ['two documents with one id', (f) => ((f.documents[1].id = f.documents[0].id), f)],
  ['an impossible day', (f) => ((f.documents[0].dct = '2024-02-30'), f)],
  ['an impossible instant', (f) => ((f.events[0].end = '2024-13-01T00:00:00.000Z'), f)],
  ['an uncertainty that ends before it starts', (f) => ((f.events[0].uncertainty = { why: 'part', earliest: '2024-01-01T00:00:00.000Z', latest: '2020-01-01T00:00:00.000Z' }), f)],
  ['an end before the start', (f) => ((f.events[0].end = '-000100-01-01T00:00:00.000Z'), f)],
];

describe('schema and validator agree', () => {
  test.each(valid)('%s is valid for both', (_, make) => {
    const sample = make();
    expect(validateSchema(sample), JSON.stringify(validateSchema.errors)).toBe(true);
    expect(validateTimelineFile(sample)).toMatchObject({ ok: true, file: sample });
  });

  test.each(structurallyInvalid)('%s is invalid for both', (_, mutate) => {
    const sample = mutate(rich());
    expect(validateSchema(sample)).toBe(false);
    expect(validateTimelineFile(sample).ok).toBe(false);
  });

  test.each(invalidRows)('%s is invalid for both', (_, mutate) => {
    const sample = mutate(rows());
    expect(validateSchema(sample)).toBe(false);
    expect(validateTimelineFile(sample).ok).toBe(false);
  });

  test.each([
    ['a row with offsets past the text', (f: Sample) => ((f.events[2][7][0][4] = 10_000), f)],
    ['two rows with one id', (f: Sample) => ((f.events[2][0] = f.events[0][0]), f)],
  ])('%s passes the schema and fails the validator', (_, mutate) => {
    const sample = mutate(rows());
    expect(validateSchema(sample), JSON.stringify(validateSchema.errors)).toBe(true);
    expect(validateTimelineFile(sample).ok).toBe(false);
  });

  test.each(semanticallyInvalid)('%s passes the schema and fails the validator', (_, mutate) => {
    const sample = mutate(rich());
    expect(validateSchema(sample), JSON.stringify(validateSchema.errors)).toBe(true);
    expect(validateTimelineFile(sample).ok).toBe(false);
  });
});
