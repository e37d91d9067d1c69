import { describe, expect, test } from 'vitest';
import { parseDocument, parseDocumentText } from '../../src/lib/documents/parseDocument.ts';
import { reduceHtml } from '../../src/lib/documents/reduceHtml.ts';
import { decodeEntities } from '../../src/lib/documents/htmlEntities.ts';
import { tokenizeHtml } from '../../src/lib/documents/tokenizeHtml.ts';
import { eventsOfDocument } from '../../src/lib/events/buildEvents.ts';

const article = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Russia warns France &amp; NATO | World News</title>
  <meta property="article:published_time" content="2024-04-04T09:15:00+03:00">
  <meta property="og:site_name" content="Example &quot;Wire&quot;">
  <meta property="og:url" content="https://example.org/og-url">
  <link rel="stylesheet" href="/site.css">
  <link rel="canonical" href="https://example.org/world/russia-france">
  <style>p { color: red } /* Friday */</style>
  <script>var when = "Monday"; if (a < b) { document.write("<p>Tuesday</p>"); }</script>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li>Sunday specials</li></ul></nav>
  <article>
    <header><h1>Russia warns   France</h1></header>
    <p>Moscow: Russia&#8217;s defence minister warned his French counterpart
       in a rare phone call <b>Wednesday</b>.</p>
    <!-- <p>Thursday: a hidden draft</p> -->
    <p>The call followed comments in February&nbsp;2024,<br>in Paris.</p>
    <ul><li>First&hellip;</li><li>Second &lt;item&gt;</li></ul>
    <pre>  keep
    spacing</pre>
    <table><tr><td>Cell</td><td>one</td></tr></table>
    <aside>Read more on Saturday</aside>
    <noscript><p>Enable scripts on Tuesday</p></noscript>
  </article>
  <footer>© 2024 Example, updated Sunday</footer>
  <form><button>Subscribe Friday</button></form>
</body>
</html>`;

describe('HTML documents', () => {
  test('are reduced to the text of their blocks, with metadata from the head', () => {
    expect(reduceHtml(article)).toEqual({
      text: [
        'Russia warns France',
        'Moscow: Russia’s defence minister warned his French counterpart in a rare phone call Wednesday.',
        'The call followed comments in February 2024,\nin Paris.',
        'First…',
        'Second <item>',
        '  keep\n    spacing',
        'Cell one',
      ].join('\n\n'),
      title: 'Russia warns France & NATO | World News',
      dct: '2024-04-04',
      source: 'Example "Wire"',
      url: 'https://example.org/world/russia-france',
    });
  });

  test('become documents whose offsets point into the reduced text, and whose events come from it', () => {
    const parsed = parseDocument('call.html', new TextEncoder().encode(article));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const doc = parsed.document;
    expect([doc.id, doc.name, doc.dct, doc.title]).toEqual(['call', 'call.html', '2024-04-04', 'Russia warns France & NATO | World News']);
    const events = eventsOfDocument(doc);
    expect(events.map((e) => [e.value, e.sources[0].timex.text])).toEqual([
      ['2024-04-03', 'Wednesday'],
      ['2024-02', 'February 2024'],
    ]);
    for (const e of events) expect(doc.text.slice(e.sources[0].timex.start, e.sources[0].timex.end)).toBe(e.sources[0].timex.text);
  });

  test('the title falls back to the first h1, the url to og:url; bad metadata is ignored, not fatal', () => {
    const html = '<meta name="date" content="2024-02-30"><meta property="og:url" content="https://x.org/a"><link rel="canonical" href="/relative">' +
      '<h1>First <i>head</i></h1><h1>Second</h1><p>Text.</p>';
    expect(reduceHtml(html)).toEqual({ text: 'First head\n\nSecond\n\nText.', title: 'First head', url: 'https://x.org/a' });
  });

  test('meta name="date" is read, and a .htm page with no readable text is a clear problem', () => {
    expect(reduceHtml('<META NAME="Date" CONTENT="2023-05-01"><p>x</p>').dct).toBe('2023-05-01');
    const parsed = parseDocumentText('empty.htm', '<html><head><title>Only a title</title><script>x()</script></head><body> </body></html>');
    expect(!parsed.ok && parsed.problem.message).toBe('empty.htm: the page has no readable text (after dropping scripts, styles and navigation)');
  });

  test('markup-looking text is never executed or kept as markup: the reduced text is plain', () => {
    const html = '<p>A<img src=x onerror="alert(1)">B <a href="javascript:alert(2)">link</a></p><svg><title>svg tip</title><script>alert(3)</script></svg>';
    expect(reduceHtml(html)).toEqual({ text: 'AB link' });
  });

  test('broken markup degrades to text instead of failing', () => {
    expect(reduceHtml('<p>a < b and c <d</p>').text).toBe('a < b and c');
    expect(reduceHtml('<p title="x>y">in "quotes"</p><p>unclosed <b>bold').text).toBe('in "quotes"\n\nunclosed bold');
    expect(reduceHtml('<p>text<!-- never closed').text).toBe('text');
    expect(reduceHtml('<script>no end').text).toBe('');
  });
});

describe('HTML pieces', () => {
  test('character references', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos; &eacute;&Eacute;&copy;&yuml; &#233;&#xE9;&#X1F600; &#0; &bogus; & x &amp')).toBe(
      '&<>"\' éÉ©ÿ éé😀 \ufffd &bogus; & x &',
    );
  });

  test('tokens: attributes in every quoting style, first one wins, raw text stays raw', () => {
    expect(tokenizeHtml('<A HREF=/x title=\'t\' data-x="1" data-x="2" hidden>t</A><script>if (a<b) {}</script>')).toEqual([
      { kind: 'open', name: 'a', attrs: { href: '/x', title: 't', 'data-x': '1', hidden: '' }, selfClosing: false },
      { kind: 'text', text: 't', raw: false },
      { kind: 'close', name: 'a' },
      { kind: 'open', name: 'script', attrs: {}, selfClosing: false },
      { kind: 'text', text: 'if (a<b) {}', raw: true },
      { kind: 'close', name: 'script' },
    ]);
  });
});

describe('JSON-LD', () => {
  const page = (head: string) => `<html><head>${head}</head><body><p>The council met on Wednesday.</p></body></html>`;
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Council approves budget',
    datePublished: '2024-04-04T08:00:00+02:00',
    publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
    mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/council' },
  };

  test('a page that dates itself only in JSON-LD gets its date, headline, publisher and address from it', () => {
    const parsed = parseDocument('council.html', new TextEncoder().encode(page(ld(article))));
    expect(parsed.ok && parsed.document).toEqual({
      id: 'council', name: 'council.html', dct: '2024-04-04', text: 'The council met on Wednesday.',
      title: 'Council approves budget', source: 'Harbour Gazette', url: 'https://example.org/council',
    });
    const events = parsed.ok ? eventsOfDocument(parsed.document) : [];
    expect(events.map((e) => e.value)).toEqual(['2024-04-03']);
  });

  test('the article is found in a @graph or an array, after a block that is not JSON; a dated WebPage serves too', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Gazette' }, { ...article, '@type': ['ReportageNewsArticle'] }] };
    expect(reduceHtml(page(`<script type="application/ld+json">{ broken</script>${ld(graph)}`))).toMatchObject({ dct: '2024-04-04', title: 'Council approves budget' });
    expect(reduceHtml(page(ld([{ '@type': 'BreadcrumbList' }, { '@type': 'BlogPosting', datePublished: '2023-05-01' }]))).dct).toBe('2023-05-01');
    expect(reduceHtml(page(ld({ '@type': 'WebPage', name: 'Notes', datePublished: '2022-01-02' }))).dct).toBe('2022-01-02');
    expect(reduceHtml(page(ld({ '@type': 'WebPage', name: 'Home' }))).dct).toBeUndefined();
  });

  test('meta tags and <title> still come first; JSON-LD is never shown as text', () => {
    const both = page(`<title>Budget | Gazette</title><meta name="date" content="2024-04-05">${ld(article)}`);
    const reduced = reduceHtml(both);
    expect(reduced).toMatchObject({ title: 'Budget | Gazette', dct: '2024-04-05', source: 'Harbour Gazette' });
    expect(reduced.text).toBe('The council met on Wednesday.');
  });
});
