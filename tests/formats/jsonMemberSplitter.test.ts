import { describe, expect, it } from 'vitest';
import { JsonMemberSplitter, JsonSplitError } from '../../src/lib/formats/jsonMemberSplitter.ts';

/** Feeds `text` in pieces cut at `cuts` and rebuilds the object from what the splitter hands over. */
function split(text: string, cuts: number[]) {
  const root: Record<string, unknown> = {};
  const calls: string[] = [];
  const splitter = new JsonMemberSplitter({
    member: (key, value) => {
      root[key] = value;
      calls.push(`member ${key}`);
    },
    items: (key, items, from) => {
      const list = (root[key] ??= []) as unknown[];
      expect(from).toBe(list.length);
      list.push(...items);
      calls.push(`items ${key} ${from}+${items.length}`);
    },
    arrayEnd: (key, length) => {
      root[key] ??= [];
      expect((root[key] as unknown[]).length).toBe(length);
      calls.push(`end ${key} ${length}`);
    },
  });
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    splitter.push(text.slice(at, cut));
    at = cut;
  }
  splitter.end();
  return { root, calls };
}

/** A seeded generator, so that a failing case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const tricky = {
  format: 'passage-timeline',
  version: 1,
  title: 'Quotes "inside", a backslash \\ and \\" both, brackets ] } [ { and a comma, too',
  empty: [],
  nothing: null,
  flag: false,
  nested: { a: [1, [2, [3]]], b: { c: '}' } },
  documents: [{ id: 'a', text: 'He said: "no \\"way\\"".\n\ttabs, and \u00e9 \u{1F600}' }, { id: 'b', text: '\\\\' }],
  events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, n: i * 1.5e-3, tags: i % 3 ? [] : ['x', { y: '\\' }] })),
  numbers: [0, -1, 2.5e10, true, null, 'end'],
  last: -12.5e-3,
};

describe('JsonMemberSplitter', () => {
  const text = JSON.stringify(tricky, null, 1);

  it('gives back exactly what JSON.parse gives, wherever the pieces are cut', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const cuts = Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * text.length)).sort((a, b) => a - b);
      expect(split(text, cuts).root, `cuts ${cuts.join(',')}`).toEqual(JSON.parse(text));
    }
  });

  it('survives one character at a time, with every escape cut in two', () => {
    const cuts = Array.from({ length: text.length - 1 }, (_, i) => i + 1);
    expect(split(text, cuts).root).toEqual(JSON.parse(text));
  });

  it('hands array items over in batches as they complete, and other members whole', () => {
    const small = '{"a": 1, "list": [{"x": 1}, {"x": 2}, {"x": 3}], "b": "two"}';
    const { calls } = split(small, [small.indexOf('{"x": 2}') + 3]);
    expect(calls).toEqual(['member a', 'items list 0+1', 'items list 1+2', 'end list 3', 'member b']);
  });

  it('reads an empty object and empty arrays', () => {
    expect(split('{}', []).root).toEqual({});
    expect(split(' { "a" : [ ] , "b" : [ [ ] ] } ', [5, 9]).root).toEqual({ a: [], b: [[]] });
  });

  it.each([
    ['[1, 2]', 'a root that is not an object'],
    ['{"a": 1', 'ends inside'],
    ['{"a": [1, 2}', 'missing comma between items'],
    ['{"a": [{"b": 1}}]}', 'missing comma between items'],
    ['{"a": 1} x', 'text after the end'],
    ['{"a": 1,}', 'without a name'],
    ['{"a" 1}', 'without a colon'],
    ['{"a": [1,]}', 'missing value'],
    ['{"a": 1 "b": 2}', 'missing comma between members'],
    ['{"a": [1 2]}', 'missing comma between items'],
  ])('rejects %s', (bad, message) => {
    expect(() => split(bad, [3])).toThrow(JsonSplitError);
    expect(() => split(bad, [])).toThrow(message);
  });

  it('leaves what it cannot judge to JSON.parse, which throws its own error', () => {
    expect(() => split('{"a": [tru]}', [])).toThrow(SyntaxError);
    expect(() => split('{"a": "bad \\x escape"}', [])).toThrow(SyntaxError);
  });

  describe('the shortcut through long arrays of objects and of rows', () => {
    const next = random(11);
    const items = Array.from({ length: 3000 }, (_, i) => ({
      id: i,
      // Braces and commas inside strings are where a guessed item boundary would go wrong.
      text: i % 7 === 0 ? 'a "},{" b }, { c' : i % 5 === 0 ? '\\},{\\' : `item ${i}`,
      nested: i % 3 === 0 ? [{ a: 1 }, { b: [{}] }] : {},
    }));

    // Rows whose nested arrays and strings hold `],[`, `]],[` and `}],[`: a guess there must not stick.
    const rows = items.map((item, i) => [item.id, i % 4 === 0 ? ']],["' : item.text, i % 3 === 0 ? [[1, 2], [3, 4]] : [[5]], ...(i % 2 ? [{ a: '}],[' }] : [])]);

    it.each([
      ['compact', JSON.stringify({ format: 'x', items, tail: [1] })],
      ['indented', JSON.stringify({ format: 'x', items, tail: [1] }, null, 2)],
      ['rows of', JSON.stringify({ format: 'x', rows, tail: [1] })],
      ['rows of indented', JSON.stringify({ format: 'x', rows, tail: [1] }, null, 1)],
    ])('gives back exactly what JSON.parse gives for %s JSON in pieces of any size', (_, text) => {
      for (let round = 0; round < 20; round++) {
        const size = 500 + Math.floor(next() * 40_000);
        const cuts = Array.from({ length: Math.ceil(text.length / size) - 1 }, (_, i) => (i + 1) * size);
        expect(split(text, cuts).root).toEqual(JSON.parse(text));
      }
    });

    it('recovers when every last boundary of a piece is inside a string', () => {
      const trap = JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ i, s: '},{'.repeat(20) })) });
      const cuts = Array.from({ length: 40 }, (_, i) => (i + 1) * Math.floor(trap.length / 41));
      expect(split(trap, cuts).root).toEqual(JSON.parse(trap));
    });
  });

  it('stays linear on a long string that arrives in many small pieces', () => {
    const long = JSON.stringify({ text: 'a\\"'.repeat(300_000), items: Array.from({ length: 50_000 }, (_, i) => i) });
    const cuts = Array.from({ length: Math.floor(long.length / 1000) }, (_, i) => (i + 1) * 1000);
    const { root } = split(long, cuts);
    expect((root.text as string).length).toBe(900_000);
    expect((root.items as number[]).at(-1)).toBe(49_999);
  });
});
