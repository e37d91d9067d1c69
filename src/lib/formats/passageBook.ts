/**
 * Turns the quotes of imported events back into sources that point into documents. CSV and TimelineJS files carry
 * the quoted sentence but not the whole document:
 * - when the caller knows the document (same name, title or id), the source points into its real text, at the
 *   offsets the file gives or else where the quote first occurs;
 * - otherwise a stand-in document is made of the quotes themselves, one paragraph per distinct quote, so that
 *   `text.slice(start, end)` of every source is still its quote.
 */
import { documentId } from '../documents/documentFile.ts';
import type { SourceDocument } from '../documents/parseDocument.ts';
import type { EventSource } from '../events/types.ts';

export interface PassageRequest {
  /** The document as the file names it: a file name, a title or an id. */
  readonly document: string;
  /** The quoted sentence. */
  readonly quote: string;
  /** Where the time expression lies within the quote; the whole quote when the file does not say. */
  readonly timexInQuote?: { readonly start: number; readonly end: number };
  /** Offset of the quote in the real document, when the file gives it. */
  readonly quoteStart?: number;
  /** Metadata for a stand-in document. */
  readonly meta?: Pick<SourceDocument, 'title' | 'dct' | 'source' | 'url'>;
}

export type Placed =
  | { readonly ok: true; readonly source: EventSource }
  | { readonly ok: false; readonly part: 'quote' | 'quoteStart'; readonly message: string };

interface StandIn {
  id: string;
  name: string;
  text: string;
  meta: Pick<SourceDocument, 'title' | 'dct' | 'source' | 'url'>;
  /** Offset of each distinct quote already written. */
  readonly quotes: Map<string, number>;
}

export class PassageBook {
  private readonly known: readonly SourceDocument[];
  private readonly used = new Map<string, SourceDocument | StandIn>();
  private readonly ids = new Set<string>();

  constructor(known: readonly SourceDocument[] = []) {
    this.known = known;
    for (const d of known) this.ids.add(d.id);
  }

  place(request: PassageRequest): Placed {
    const doc = this.documentFor(request);
    const quote = request.quote;
    let start: number;
    if ('quotes' in doc) {
      start = doc.quotes.get(quote) ?? this.append(doc, quote);
    } else if (request.quoteStart !== undefined) {
      start = request.quoteStart;
      if (doc.text.slice(start, start + quote.length) !== quote) {
        return { ok: false, part: 'quoteStart', message: `${start} does not point at the quote in document ${JSON.stringify(doc.name)}` };
      }
    } else {
      start = doc.text.indexOf(quote);
      if (start < 0) return { ok: false, part: 'quote', message: `the quote is not in document ${JSON.stringify(doc.name)}` };
    }
    const inQuote = request.timexInQuote ?? { start: 0, end: quote.length };
    const timexStart = start + inQuote.start;
    const timexEnd = start + inQuote.end;
    return {
      ok: true,
      source: {
        docId: doc.id,
        timex: { start: timexStart, end: timexEnd, text: quote.slice(inQuote.start, inQuote.end) },
        sentence: { start, end: start + quote.length, text: quote },
      },
    };
  }

  /** Every document a placed source points into, in the order of first use. */
  documents(): SourceDocument[] {
    // Known documents keep the caller's order; two names of one (file name and title) give it once.
    const used = new Set(this.used.values());
    const known = this.known.filter((d) => used.has(d));
    const standIns = [...used].filter((d): d is StandIn => 'quotes' in d);
    return [...known, ...standIns].map((d) =>
      'quotes' in d ? { id: d.id, name: d.name, ...(d.meta.dct ? { dct: d.meta.dct } : {}), text: d.text, ...withoutDct(d.meta) } : d,
    );
  }

  private documentFor(request: PassageRequest): SourceDocument | StandIn {
    const key = request.document;
    const existing = this.used.get(key);
    if (existing) return existing;
    const known =
      this.known.find((d) => d.name === key) ?? this.known.find((d) => d.title === key) ?? this.known.find((d) => d.id === key);
    if (known) {
      this.used.set(key, known);
      return known;
    }
    const base = documentId(key);
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    const standIn: StandIn = { id, name: key, text: '', meta: request.meta ?? {}, quotes: new Map() };
    this.used.set(key, standIn);
    return standIn;
  }

  private append(doc: StandIn, quote: string): number {
    if (doc.text !== '') doc.text += '\n\n';
    const start = doc.text.length;
    doc.text += quote;
    doc.quotes.set(quote, start);
    return start;
  }
}

function withoutDct(meta: Pick<SourceDocument, 'title' | 'source' | 'url'>): Pick<SourceDocument, 'title' | 'source' | 'url'> {
  return {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.url ? { url: meta.url } : {}),
  };
}
