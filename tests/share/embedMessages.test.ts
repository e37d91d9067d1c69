import { describe, expect, test } from 'vitest';
import { isAllowedOrigin, notice, noticeTargets, parseCommand, parseOrigins } from '../../src/lib/embed/messages.ts';

describe('parseCommand', () => {
  test('reads focusEvent and setRange, with dates as ISO strings or epoch ms', () => {
    expect(parseCommand({ type: 'passage-timeline', command: 'focusEvent', id: 'doc:12' })).toEqual({ command: 'focusEvent', id: 'doc:12' });
    expect(parseCommand({ type: 'passage-timeline', command: 'setRange', start: '2024-01-01', end: 1717200000000 })).toEqual({
      command: 'setRange',
      start: Date.UTC(2024, 0, 1),
      end: 1717200000000,
    });
    expect(parseCommand({ type: 'passage-timeline', command: 'setRange', start: '2024-01-01T00:00:00.000Z', end: '2024-02-01' })).toEqual({
      command: 'setRange',
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2024, 1, 1),
    });
  });

  test.each([
    ['a string', 'focusEvent'],
    ['another type', { type: 'other', command: 'focusEvent', id: 'x' }],
    ['an unknown command', { type: 'passage-timeline', command: 'eval', code: '1' }],
    ['a missing id', { type: 'passage-timeline', command: 'focusEvent' }],
    ['an id that is not a string', { type: 'passage-timeline', command: 'focusEvent', id: { toString: 1 } }],
    ['a bad date', { type: 'passage-timeline', command: 'setRange', start: 'soon', end: '2024-01-01' }],
    ['a reversed range', { type: 'passage-timeline', command: 'setRange', start: '2024-02-01', end: '2024-01-01' }],
    ['an infinite instant', { type: 'passage-timeline', command: 'setRange', start: 0, end: Infinity }],
    ['null', null],
  ])('ignores %s', (_what, data) => {
    expect(parseCommand(data)).toBeUndefined();
  });
});

describe('origins', () => {
  test('parseOrigins keeps scheme, host and port, and drops junk', () => {
    expect(parseOrigins('https://news.example/path, http://localhost:8080,javascript:alert(1), *,nonsense')).toEqual([
      'https://news.example',
      'http://localhost:8080',
      '*',
    ]);
  });

  test('isAllowedOrigin accepts the own origin, listed origins, or any with *', () => {
    expect(isAllowedOrigin('https://app.example', [], 'https://app.example')).toBe(true);
    expect(isAllowedOrigin('https://evil.example', [], 'https://app.example')).toBe(false);
    expect(isAllowedOrigin('https://news.example', ['https://news.example'], 'https://app.example')).toBe(true);
    expect(isAllowedOrigin('https://evil.example', ['https://news.example'], 'https://app.example')).toBe(false);
    expect(isAllowedOrigin('https://evil.example', ['*'], 'https://app.example')).toBe(true);
  });

  test("noticeTargets: the parent's origin alone when it is known and allowed, none when it is not allowed", () => {
    const own = 'https://app.example';
    expect(noticeTargets(['https://news.example', 'https://other.example'], own, 'https://news.example')).toEqual(['https://news.example']);
    expect(noticeTargets(['https://other.example'], own, 'https://news.example')).toEqual([]);
    expect(noticeTargets([], own, own)).toEqual([own]);
    expect(noticeTargets(['*'], own, 'https://news.example')).toEqual(['https://news.example']);
    // A sandboxed parent has an opaque origin, which only * reaches.
    expect(noticeTargets(['*'], own, 'null')).toEqual(['*']);
    expect(noticeTargets(['https://news.example'], own, 'null')).toEqual([]);
  });

  test("noticeTargets: every allowed origin when the parent's is not known (Firefox)", () => {
    const own = 'https://app.example';
    expect(noticeTargets(['https://news.example', 'https://other.example'], own)).toEqual(['https://news.example', 'https://other.example']);
    expect(noticeTargets([], own)).toEqual([own]);
    expect(noticeTargets(['https://news.example', '*'], own)).toEqual(['*']);
  });

  test('notice builds typed messages', () => {
    expect(notice('rangechange', { start: '2024-01-01', end: '2024-02-01' })).toEqual({
      type: 'passage-timeline',
      event: 'rangechange',
      detail: { start: '2024-01-01', end: '2024-02-01' },
    });
  });
});
