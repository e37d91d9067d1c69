import { describe, expect, it } from 'vitest';
import { exportJson, exportTimelineJS } from '../../src/lib/formats/index.ts';
import { describeProgress, loadTimeline, type FetchedBody, type LoadProgress } from '../../src/lib/state/loadTimeline.ts';
import { readTimeline } from '../../src/lib/state/readTimeline.ts';
import { TimelineStreamReader } from '../../src/lib/state/timelineStreamReader.ts';
import { syntheticTimeline } from '../../scripts/bench/syntheticTimeline.ts';
import { richTimeline, sampleTimeline, seedTimeline } from '../formats/fixtures.ts';

const url = 'https://example.org/data/story.json';

/** A response whose body arrives as the bytes of `text` cut every `size` bytes, mid-character where it falls so. */
function streamed(text: string, size: number): FetchedBody {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });
  return { ok: true, status: 200, statusText: 'OK', body, text: () => Promise.reject(new Error('read as a stream')) };
}

const whole = (text: string): FetchedBody => ({ ok: true, status: 200, statusText: 'OK', text: async () => text });

/** What reading the whole text at once gives: the reference every streamed read must equal. */
function readAtOnce(text: string) {
  const result = readTimeline(JSON.parse(text), 'story.json');
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.data;
}

async function failure(load: Promise<unknown>): Promise<string> {
  try {
    await load;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the load did not fail');
}

describe('loadTimeline reads the body as it arrives', () => {
  const files = {
    'the seeds': exportJson(seedTimeline()),
    'entities, participants, undated and a story': exportJson({ ...richTimeline(), story: { steps: [{ eventId: richTimeline().events[1]!.id, note: 'Then' }] } }),
    'a synthetic timeline of 3,000 events on one line, as rows': exportJson(syntheticTimeline(3000, { seed: 4 }), { indent: 0 }),
    'a synthetic timeline of 3,000 events on one line, as objects': exportJson(syntheticTimeline(3000, { seed: 4 }), { indent: 0, layout: 'objects' }),
    'entities, participants, undated and a story, events as rows': exportJson({ ...richTimeline(), story: { steps: [{ eventId: richTimeline().events[1]!.id }] } }, { indent: 2, layout: 'rows' }),
    'TimelineJS3': exportTimelineJS(sampleTimeline()),
  };

  it.each(Object.entries(files))('%s: the same timeline as reading the whole file, in pieces of any size', async (_, text) => {
    const expected = readAtOnce(text);
    for (const size of [1, 7, 1000, 65536, text.length]) {
      if (size < 100 && text.length > 50_000) continue; // a web stream of 200,000 tiny pieces is slow in itself
      expect(await loadTimeline(url, async () => streamed(text, size))).toEqual(expected);
    }
    expect(await loadTimeline(url, async () => whole(text))).toEqual(expected);
  });

  it('decodes characters whose bytes arrive in different pieces', async () => {
    const timeline = sampleTimeline();
    const text = exportJson({ ...timeline, title: 'Été 🌍 — “quoted”', documents: timeline.documents.map((d) => ({ ...d, title: 'Ça va 😀' })) });
    const data = await loadTimeline(url, async () => streamed(text, 3));
    expect(data.title).toBe('Été 🌍 — “quoted”');
    expect(data.documents.map((d) => d.title)).toEqual(['Ça va 😀', 'Ça va 😀']);
  });

  it('gives the same messages for a bad file, whether it streams or not', async () => {
    const file = JSON.parse(exportJson(richTimeline()));
    file.events[2].sources[0].timex.text = 'Thursday';
    file.events[0].participants = ['nobody'];
    const text = JSON.stringify(file);
    const streamedMessage = await failure(loadTimeline(url, async () => streamed(text, 64)));
    expect(streamedMessage).toBe(await failure(loadTimeline(url, async () => whole(text))));
    expect(streamedMessage).toMatch(/^Could not load the timeline from https:\/\/example\.org\/data\/story\.json: it is not a valid timeline file: /);
    expect(streamedMessage).toContain('$.events[0].participants[0]: no entity has the id "nobody"');
    expect(streamedMessage).toContain('$.events[2].sources[0].timex.text: "Thursday" is not the text at');
  });

  it('gives the same messages for a bad file of rows, whether it streams or not', async () => {
    const file = JSON.parse(exportJson(syntheticTimeline(3000, { seed: 5 }), { indent: 0 }));
    file.events[2500][7][0][4] = 10 ** 9;
    file.events[2900].splice(1, 1);
    const text = JSON.stringify(file);
    const streamedMessage = await failure(loadTimeline(url, async () => streamed(text, 8192)));
    expect(streamedMessage).toBe(await failure(loadTimeline(url, async () => whole(text))));
    expect(streamedMessage).toMatch(/\$\.events\[2500\]\.sources\[0\]\.sentence\.end: 1000000000 is past the end of document "synthetic-\d+"/);
    expect(streamedMessage).toContain('$.events[2900]: expected an event object, or a row of 8 or 9 items');
  });

  it('says when the file is not JSON, with the parser’s own words', async () => {
    const text = exportJson(sampleTimeline()).slice(0, -40);
    const message = await failure(loadTimeline(url, async () => streamed(text, 100)));
    expect(message).toMatch(/it is not a valid timeline file: the file is not JSON: .+\.$/);
    expect(message).toBe(await failure(loadTimeline(url, async () => whole(text))));
  });

  it('reads CSV too (a TimelineJS3 spreadsheet at an address without an extension), and names a web page', async () => {
    const sheet = 'Year,Month,Day,Headline,Text\r\n1952,6,14,Great flood,The river rose on 14 June 1952.\r\n';
    const published = 'https://docs.google.com/spreadsheets/d/e/2PACX-1vexample/pub?output=csv';
    const data = await loadTimeline(published, async () => streamed(`\uFEFF${sheet}`, 7));
    expect(data.events.map((e) => [e.value, e.title, e.sources[0].timex.text])).toEqual([['1952-06-14', 'Great flood', 'The river rose on 14 June 1952.']]);
    const page = '<!DOCTYPE html><html><body>Published sheet</body></html>';
    expect(await failure(loadTimeline(published.replace('pub?output=csv', 'pubhtml'), async () => streamed(page, 9)))).toMatch(
      /: it is not a valid timeline file: the file is a web page \(HTML\), not a timeline file; a Google Sheet .+ is read once published as CSV/,
    );
  });

  it('reads a file whose members come in another order, or twice, as JSON.parse does', async () => {
    const file = JSON.parse(exportJson(sampleTimeline()));
    const reordered = JSON.stringify({ events: file.events, documents: file.documents, version: 1, format: file.format });
    expect(await loadTimeline(url, async () => streamed(reordered, 50))).toEqual(readAtOnce(reordered));
    const twice = `{"title":"first",${exportJson(sampleTimeline()).slice(1)}`;
    expect((await loadTimeline(url, async () => streamed(twice, 50))).title).toBe('Memo & letter');
  });

  it('reports an address that cannot be reached, a refusal and a body that breaks off', async () => {
    expect(await failure(loadTimeline(url, () => Promise.reject(new TypeError('Failed to fetch'))))).toBe(
      `Could not load the timeline from ${url}: the address could not be reached (Failed to fetch). Check the address, and that its server allows other sites to read it (CORS).`,
    );
    const refused: FetchedBody = { ok: false, status: 404, statusText: 'Not Found', body: null, text: async () => '' };
    expect(await failure(loadTimeline(url, async () => refused))).toBe(`Could not load the timeline from ${url}: the server answered 404 Not Found.`);
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('{"format":"passage-timeline",'));
        controller.error(new TypeError('network error'));
      },
    });
    const brokenOff: FetchedBody = { ok: true, status: 200, statusText: 'OK', body: broken, text: async () => '' };
    expect(await failure(loadTimeline(url, async () => brokenOff))).toContain('the address could not be reached (network error)');
  });
});

describe('load progress', () => {
  it('counts the bytes read and the events already read while a file of ours arrives', async () => {
    const text = exportJson(syntheticTimeline(2000, { seed: 3 }), { indent: 0 });
    const seen: LoadProgress[] = [];
    await loadTimeline(url, async () => streamed(text, 16384), (p) => seen.push(p), 0);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)!.bytes).toBe(new TextEncoder().encode(text).length);
    expect(seen.map((p) => p.bytes)).toEqual([...seen.map((p) => p.bytes)].sort((a, b) => a - b));
    const halfway = seen.find((p) => p.bytes > text.length / 2)!;
    expect(halfway.events).toBeGreaterThan(500);
    expect(halfway.events).toBeLessThan(2000);
  });

  it('reports the first piece, then no more often than asked, and the whole body', async () => {
    const text = exportJson(syntheticTimeline(2000, { seed: 3 }), { indent: 0 });
    const seen: LoadProgress[] = [];
    await loadTimeline(url, async () => streamed(text, 16384), (p) => seen.push(p), 60_000);
    expect(seen.map((p) => p.bytes)).toEqual([16384, new TextEncoder().encode(text).length]);
    expect(seen[1]!.events).toBe(2000);
  });

  it('reads out as the loading message shows it', () => {
    expect(describeProgress({ bytes: 512_000, events: 0 })).toBe('512 kB read');
    expect(describeProgress({ bytes: 12_345_678, events: 25_000 })).toBe('12.3 MB read, 25,000 events');
    expect(describeProgress({ bytes: 2_000, events: 1 })).toBe('2 kB read, 1 event');
  });
});

describe('TimelineStreamReader', () => {
  it('has checked and converted most of a large file of ours before its end arrives', () => {
    const text = exportJson(syntheticTimeline(2000, { seed: 9 }), { indent: 0 });
    const reader = new TimelineStreamReader('big.json');
    const cut = Math.floor(text.length * 0.9);
    for (let at = 0; at < cut; at += 8192) reader.push(text.slice(at, Math.min(at + 8192, cut)));
    expect(reader.eventsRead).toBeGreaterThan(1500);
    reader.push(text.slice(cut));
    const result = reader.finish(() => text);
    expect(result.ok && result.data).toEqual(readAtOnce(text));
  });
});
