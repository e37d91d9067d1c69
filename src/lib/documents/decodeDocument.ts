/**
 * The text of a document file's bytes. UTF-8 is the rule. A byte order mark can say UTF-16 (what Windows Notepad
 * writes as "Unicode"), and a web page can declare a legacy charset (`<meta charset="windows-1252">`): both are read
 * as a browser reads them. Anything else is refused with what it looks like: a PDF, an office file or an archive by
 * its signature, other binary data by a NUL byte, a legacy text by its first byte that is not UTF-8.
 */
export type DecodedDocument = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Formats that carry text but are not text, told by their first bytes, and what to do instead. */
const signatures: readonly { readonly bytes: readonly number[]; readonly message: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], message: 'the file is a PDF, not text; copy its text into a .txt file or paste it' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message: 'the file is a ZIP archive with no Word (.docx) or OpenDocument (.odt) document in it; documents are read from text, Markdown, HTML, Word, OpenDocument, PDF, e-mail and saved-page files',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'the file is an older Microsoft Office document (.doc), not text; save it as plain text (.txt), a web page (.html) or a Word document (.docx)',
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], message: 'the file is Rich Text (RTF), not plain text; save it as plain text (.txt) or a web page (.html)' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeDocument(bytes: Uint8Array, html: boolean): DecodedDocument {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict(bytes, 'utf-16le', 'UTF-16');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict(bytes, 'utf-16be', 'UTF-16');
  const signature = signatures.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { ok: false, message: signature.message };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: `the file looks binary (a NUL byte at offset ${nul}); documents are UTF-8 text, web pages, or Word, OpenDocument, PDF or e-mail files` };
  const declared = html ? declaredCharset(bytes) : undefined;
  if (declared) return { ok: true, text: decodeLegacy(declared, bytes) };
  return decodeStrict(bytes, 'utf-8', 'UTF-8');
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', name: string): DecodedDocument {
  try {
    // The decoder drops a byte order mark (ignoreBOM: false), so that it is no part of the text or its offsets.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    if (encoding !== 'utf-8') return { ok: false, message: `the file starts as ${name} but is not valid ${name} text; save it as UTF-8 and try again` };
    return { ok: false, message: `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8 and try again` };
  }
}

/**
 * The decoder of the legacy charset a page declares in its first 1,024 bytes, as the HTML standard's prescan finds
 * it: `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML declaration's `encoding`.
 * None for UTF-8 or UTF-16 (a page in UTF-16 has a byte order mark) or a name no decoder knows.
 */
function declaredCharset(bytes: Uint8Array): TextDecoder | undefined {
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same whatever the page's charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (!label) return undefined;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return undefined;
  }
  return /^utf-(?:8|16)/.test(decoder.encoding) ? undefined : decoder;
}

/**
 * Bytes in the charset a header names (`iso-8859-1`, `utf-8`, `windows-1251`…), read leniently: an unknown name reads
 * as UTF-8 and a bad byte becomes U+FFFD, as mail programs and browsers show them.
 */
export function decodeCharset(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim());
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decodeLegacy(decoder, bytes);
}

/**
 * Windows-1252's letters and marks at 0x80–0x9F (the euro sign, curly quotes, dashes), in byte order; a space where
 * the code page has none and the byte stays a control character.
 */
const windows1252High = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/**
 * Text in a legacy charset. Browsers decode every label of Windows-1252 (`iso-8859-1` and `latin1` among them) with
 * its letters at 0x80–0x9F; some runtimes give control characters there instead, which are mapped here, so that a
 * document reads the same in the page, in the build and on the command line.
 */
function decodeLegacy(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const letter = windows1252High[c.charCodeAt(0) - 0x80];
    return letter && letter !== ' ' ? letter : c;
  });
}

/** Offset of the first byte of the first malformed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // One streaming decoder fed a byte at a time: it returns '' inside a sequence and throws where a sequence breaks.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let sequenceStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    try {
      if (decoder.decode(bytes.subarray(i, i + 1), { stream: true }) !== '') sequenceStart = i + 1;
    } catch {
      return sequenceStart;
    }
  }
  return sequenceStart;
}
