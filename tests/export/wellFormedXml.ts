/**
 * Why `xml` is not a well-formed XML document, or undefined when it is: enough of XML 1.0 for the SVG we write
 * (elements, quoted attributes, text, entity and character references), so that Node tests need no XML parser.
 */
export function xmlProblem(xml: string): string | undefined {
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (bad) return `character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`;
  const open: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
  let at = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    at = token.lastIndex;
    const [, close, name, attributes, selfClosing, text, stray] = m;
    if (stray) return `a "<" that starts no tag at ${m.index}`;
    const references = (text ?? attributes ?? '').match(/&[^;]*;?/g) ?? [];
    const badRef = references.find((r) => !/^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);$/.test(r));
    if (badRef) return `bad reference ${badRef} at ${m.index}`;
    if (text !== undefined) {
      if (open.length === 0 && text.trim()) return `text outside the root element at ${m.index}`;
    } else if (close) {
      if (open.pop() !== name) return `</${name}> closes nothing open at ${m.index}`;
    } else if (!selfClosing) open.push(name!);
  }
  if (at !== xml.length) return `unreadable from ${at}`;
  return open.length ? `<${open.at(-1)}> left open` : undefined;
}
