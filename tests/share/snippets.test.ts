import { describe, expect, test } from 'vitest';
import { customElementSnippet, iframeSnippet } from '../../src/lib/embed/snippets.ts';

const view = {
  appUrl: 'https://timeline.example/app/',
  src: 'https://timeline.example/data/t.json',
  range: { start: Date.UTC(2022, 0, 1), end: Date.UTC(2024, 5, 1) },
  event: 'doc:12',
  theme: 'dark' as const,
  title: 'Talks "2024" <draft>',
};

describe('embed snippets', () => {
  test('the custom element names the script next to the app and carries the view as attributes', () => {
    expect(customElementSnippet(view)).toBe(
      '<script type="module" src="https://timeline.example/app/embed.js"></script>\n' +
        '<event-timeline src="https://timeline.example/data/t.json" start="2022-01-01" end="2024-06-01" event="doc:12" theme="dark" height="480px"></event-timeline>',
    );
  });

  test('the iframe carries the view and the allowed origins in its address, and escapes the title', () => {
    const html = iframeSnippet(view, 'https://news.example');
    expect(html).toContain('src="https://timeline.example/app/?src=https%3A%2F%2Ftimeline.example%2Fdata%2Ft.json&amp;embed=1&amp;start=2022-01-01&amp;end=2024-06-01&amp;event=doc%3A12&amp;theme=dark&amp;origins=https%3A%2F%2Fnews.example"');
    expect(html).toContain('title="Talks &quot;2024&quot; &lt;draft&gt;"');
  });

  test('without a file address the element points at timeline.json, to be saved next to the page', () => {
    expect(customElementSnippet({ appUrl: 'https://t.example/', title: 't' })).toContain('src="timeline.json"');
  });
});

describe('the filter and the lanes of the view', () => {
  const filtered = { ...view, query: 'troops & talks', participants: ['person-a', 'place-b'], grouping: 'participant' as const };

  test('the iframe carries the filter words, the participants and the lanes', () => {
    expect(iframeSnippet(filtered)).toContain('&amp;event=doc%3A12&amp;q=troops+%26+talks&amp;who=person-a%2Cplace-b&amp;lanes=participant&amp;theme=dark"');
  });

  test('the custom element carries the lanes; it has no filter attribute', () => {
    expect(customElementSnippet(filtered)).toContain('event="doc:12" lanes="participant" theme="dark"');
    expect(customElementSnippet(filtered)).not.toMatch(/troops|person-a/);
  });

  test('lanes that group nothing are left out of both', () => {
    expect(iframeSnippet({ ...view, grouping: 'none' })).not.toContain('lanes');
    expect(customElementSnippet({ ...view, grouping: 'none' })).not.toContain('lanes');
  });
});

test('ranges are rounded as in a shared address', () => {
  const range = { start: Date.UTC(2022, 0, 21, 16, 48, 3, 118), end: Date.UTC(2024, 4, 13, 7, 12) };
  expect(customElementSnippet({ ...view, range })).toContain('start="2022-01-22" end="2024-05-13"');
  expect(iframeSnippet({ ...view, range })).toContain('start=2022-01-22&amp;end=2024-05-13');
});
