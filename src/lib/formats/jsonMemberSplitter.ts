/**
 * Splits a JSON object that arrives in pieces into its top-level members, so that a large file can be parsed while it
 * is still downloading. An array member is handed over in batches of whole items as they complete; any other member
 * is handed over whole. Every value goes through the native `JSON.parse`, so it is exactly what parsing the whole
 * text gives. This scanner only finds where values end: it skips through strings with `indexOf`, counts brackets,
 * and resumes where it stopped when the next piece comes, so the work stays linear in the size of the text.
 *
 * Anything it does not expect (a root that is not an object, a syntax error) throws a `JsonSplitError`; a caller that
 * kept the text then parses it whole, which gives the native message and position.
 */

export interface JsonMemberSink {
  /** A member whose value is not an array. */
  member(key: string, value: unknown): void;
  /** Items `from`, `from + 1`, … of the array member `key`, in order; called once or more per array. */
  items(key: string, items: unknown[], from: number): void;
  /** The array member `key` is complete, with `length` items. */
  arrayEnd(key: string, length: number): void;
}

export class JsonSplitError extends Error {
  override name = 'JsonSplitError';
}

const enum Char {
  Quote = 34, Comma = 44, Colon = 58, OpenBracket = 91, Backslash = 92, CloseBracket = 93, OpenBrace = 123, CloseBrace = 125,
}

type Phase = 'start' | 'key' | 'colon' | 'value' | 'afterMember' | 'item' | 'afterItem' | 'done';

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** How far a value that an earlier piece left open had been scanned, so that the next piece carries on from there. */
interface OpenValue {
  readonly literal: boolean;
  readonly depth: number;
  readonly inString: boolean;
  /** The piece ended on an unescaped backslash inside a string: the next character is escaped. */
  readonly escapeNext: boolean;
}

export class JsonMemberSplitter {
  private readonly sink: JsonMemberSink;
  /** The current piece (after any unscanned rest of the last); `pos` is where scanning stands in it. */
  private text = '';
  private pos = 0;
  private phase: Phase = 'start';
  private key = '';
  private members = 0;
  /** The array member being read: the items completed in this piece run from `batchStart` to `batchEnd`, after
   * `batchHead` (the part of the first of them that came in earlier pieces); `count` items handed over so far. */
  private batchStart = -1;
  private batchEnd = -1;
  private batchHead = '';
  private count = 0;
  /** A value left open by earlier pieces: where its scan stood, and its text so far. */
  private open: OpenValue | undefined;
  private head: string[] = [];
  /** Whether `skipItems` may guess in this piece: off after a guess that failed, until the next piece. */
  private shortcut = true;

  constructor(sink: JsonMemberSink) {
    this.sink = sink;
  }

  push(piece: string): void {
    this.text = this.text.slice(this.pos) + piece;
    this.pos = 0;
    this.shortcut = true;
    this.scan(false);
    this.flushItems();
    if (this.open) {
      // The open value's text so far moves to `head`; each piece is scanned once, however long the value.
      this.head.push(this.text.slice(this.pos));
      this.pos = this.text.length;
    }
  }

  /** The text is complete: anything left open is an error. */
  end(): void {
    this.scan(true);
    this.flushItems();
    if (this.phase !== 'done') throw new JsonSplitError('the text ends inside the JSON object');
  }

  private fail(what: string): never {
    throw new JsonSplitError(`${what} in the JSON object`);
  }

  /** Advances over whitespace; false if the text ran out. */
  private skipSpace(): boolean {
    const { text } = this;
    while (this.pos < text.length && isSpace(text.charCodeAt(this.pos))) this.pos++;
    return this.pos < text.length;
  }

  private scan(final: boolean): void {
    const { text } = this;
    for (;;) {
      if (this.phase === 'done') {
        if (this.skipSpace()) this.fail('text after the end');
        return;
      }
      if (!this.open && !this.skipSpace()) return;
      const c = text.charCodeAt(this.pos);
      switch (this.phase) {
        case 'start':
          if (c !== Char.OpenBrace) this.fail('a root that is not an object');
          this.pos++;
          this.phase = 'key';
          break;
        case 'key': {
          if (c === Char.CloseBrace && this.members === 0) {
            this.pos++;
            this.phase = 'done';
            break;
          }
          if (c !== Char.Quote) this.fail('a member without a name');
          const end = stringEnd(text, this.pos + 1);
          if (end < 0) return;
          this.key = JSON.parse(text.slice(this.pos, end)) as string;
          this.members++;
          this.pos = end;
          this.phase = 'colon';
          break;
        }
        case 'colon':
          if (c !== Char.Colon) this.fail('a member name without a colon');
          this.pos++;
          this.phase = 'value';
          break;
        case 'value':
          if (c === Char.OpenBracket && !this.open) {
            this.pos++;
            this.count = 0;
            this.phase = 'item';
            break;
          }
          {
            const end = this.valueEnd(final);
            if (end < 0) return;
            this.sink.member(this.key, JSON.parse(this.takeHead() + text.slice(this.pos, end)));
            this.pos = end;
            this.phase = 'afterMember';
          }
          break;
        case 'afterMember':
          this.pos++;
          if (c === Char.CloseBrace) this.phase = 'done';
          else if (c === Char.Comma) this.phase = 'key';
          else this.fail('a missing comma between members');
          break;
        case 'item':
          if (c === Char.CloseBracket && !this.open && this.count === 0 && this.batchStart < 0) {
            this.pos++;
            this.closeArray();
            break;
          }
          if ((c === Char.OpenBrace || c === Char.OpenBracket) && !this.open && this.shortcut && this.skipItems(c)) break;
          {
            const start = this.pos;
            const end = this.valueEnd(final);
            if (end < 0) return;
            if (this.batchStart < 0) [this.batchStart, this.batchHead] = [start, this.takeHead()];
            this.batchEnd = end;
            this.pos = end;
            this.phase = 'afterItem';
          }
          break;
        case 'afterItem':
          this.pos++;
          if (c === Char.Comma) this.phase = 'item';
          else if (c === Char.CloseBracket) this.closeArray();
          else this.fail('a missing comma between items');
          break;
      }
    }
  }

  private closeArray(): void {
    this.flushItems();
    this.sink.arrayEnd(this.key, this.count);
    this.count = 0;
    this.phase = 'afterMember';
  }

  /**
   * The shortcut through a long array of objects or of arrays (rows): guesses that the last `}` followed by `,` and `{`
   * in the piece ends an item (for rows, the last `]` after a `]` or `}` and followed by `,` and `[`), and parses
   * everything from here to there in one call. A guess inside a string or inside an item cannot parse (it would leave
   * that string or item open), so a successful parse proves it; a failed one turns the shortcut off for this piece and
   * the items are scanned one by one. False when there was nothing worth taking.
   */
  private skipItems(open: Char.OpenBrace | Char.OpenBracket): boolean {
    const { text, pos } = this;
    const boundary = lastItemBoundary(text, pos + minimumShortcut, open);
    if (boundary < 0) return false;
    let items: unknown[];
    try {
      items = JSON.parse(`[${text.slice(pos, boundary + 1)}]`) as unknown[];
    } catch {
      this.shortcut = false;
      return false;
    }
    this.flushItems();
    this.sink.items(this.key, items, this.count);
    this.count += items.length;
    this.pos = boundary + 1;
    this.phase = 'afterItem';
    return true;
  }

  /** Parses the items completed since the last batch in one call and hands them over. */
  private flushItems(): void {
    if (this.batchStart < 0) return;
    const items = JSON.parse(`[${this.batchHead}${this.text.slice(this.batchStart, this.batchEnd)}]`) as unknown[];
    this.sink.items(this.key, items, this.count);
    this.count += items.length;
    this.batchStart = this.batchEnd = -1;
    this.batchHead = '';
  }

  /** The text of a value that began in earlier pieces, which the current piece completes. */
  private takeHead(): string {
    const head = this.head.join('');
    this.head = [];
    return head;
  }

  /**
   * The end of the value that starts at `pos` (or that earlier pieces left open), or -1 when the piece runs out first;
   * a number or a literal at the very end of the text is complete only when `final`.
   */
  private valueEnd(final: boolean): number {
    const { text } = this;
    let at = this.pos;
    const open = this.open;
    this.open = undefined;
    const first = text.charCodeAt(at);
    if (open ? open.literal : first !== Char.OpenBrace && first !== Char.OpenBracket && first !== Char.Quote) {
      // A number, true, false or null: it runs to the next delimiter.
      while (at < text.length) {
        const c = text.charCodeAt(at);
        if (c === Char.Comma || c === Char.CloseBrace || c === Char.CloseBracket || isSpace(c)) break;
        at++;
      }
      if (at === this.pos && !open) this.fail('a missing value');
      if (at < text.length || final) return at;
      this.open = { literal: true, depth: 0, inString: false, escapeNext: false };
      return -1;
    }
    let { depth, inString, escapeNext } = open ?? { depth: 0, inString: false, escapeNext: false };
    while (at < text.length) {
      if (escapeNext) {
        at++;
        escapeNext = false;
      } else if (inString) {
        const end = stringEnd(text, at);
        if (end < 0) {
          let slashes = 0;
          while (text.length - slashes - 1 >= at && text.charCodeAt(text.length - slashes - 1) === Char.Backslash) slashes++;
          escapeNext = slashes % 2 === 1;
          at = text.length;
          break;
        }
        at = end;
        inString = false;
        if (depth === 0) return at;
      } else {
        const c = text.charCodeAt(at++);
        if (c === Char.Quote) inString = true;
        else if (c === Char.OpenBrace || c === Char.OpenBracket) depth++;
        else if (c === Char.CloseBrace || c === Char.CloseBracket) {
          if (--depth === 0) return at;
        }
      }
    }
    this.open = { literal: false, depth, inString, escapeNext };
    return -1;
  }
}

/** Items shorter than this are scanned; the shortcut pays for its guess only over a longer stretch. */
const minimumShortcut = 4096;

/**
 * The last `}` at or after `from` that is followed by `,` and `{` (with any whitespace between), or -1; for items that
 * open with `[`, the last such `]` right after a `]` or `}`: a row ends with its passages or its optional fields, and
 * the passages inside it end with numbers.
 */
function lastItemBoundary(text: string, from: number, open: Char.OpenBrace | Char.OpenBracket): number {
  const close = open === Char.OpenBrace ? '}' : ']';
  // Only a few tries: a piece whose last brackets are all inside strings or items is left to the scanner.
  let end = text.lastIndexOf(close);
  for (let tries = 0; tries < 16 && end >= from; tries++, end = text.lastIndexOf(close, end - 1)) {
    if (open === Char.OpenBracket && text.charCodeAt(end - 1) !== Char.CloseBracket && text.charCodeAt(end - 1) !== Char.CloseBrace) continue;
    let at = end + 1;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at++) !== Char.Comma) continue;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) === open) return end;
  }
  return -1;
}

/**
 * The index just past the quote that closes a string whose contents start at `from`, or -1 if it is not in `text`
 * yet. A quote after an odd run of backslashes is escaped.
 */
function stringEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let slashes = 0;
    while (quote - slashes - 1 >= from && text.charCodeAt(quote - slashes - 1) === Char.Backslash) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}
