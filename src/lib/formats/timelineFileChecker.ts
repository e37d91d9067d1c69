/**
 * Checks a timeline file (version 1, or 2 with events as rows). Mirrors schema/timeline.schema.json field by field (a
 * test runs both on the same samples), then checks what a schema cannot: offsets against the document texts,
 * references between ids, unique ids, real dates and URLs. Every message starts with the JSON path of the bad value.
 *
 * It checks a whole parsed file (`validateTimelineFile`) or a file that arrives member by member: array items handed
 * over while the file downloads are checked at once when what they refer to is known (events need every document),
 * and the rest at `finish`, so a file that streams in gets the same messages as the whole file.
 */
import { JsonChecker, defaultJsonCheckerOptions, pathOf, type JsonCheckerOptions } from './jsonChecker.ts';
import { timelineFormat, timelineVersions, type PortableEvent, type TimelineFile } from './timelineFile.ts';
import {
  checkDocument, checkEntity, readEventItem, checkParticipant, checkStory, checkUndated, type Context,
} from './timelineItemChecks.ts';

/** A file that passed, as given, with its events read into memory in the file's order; or why it did not pass. */
export type ValidationResult =
  | { readonly ok: true; readonly file: TimelineFile; readonly events: PortableEvent[] }
  | { readonly ok: false; readonly errors: string[] };

/** The array members, in the order their items can be checked: each may refer only to those before it. */
const arrayMembers = ['documents', 'entities', 'events', 'undated'] as const;
type ArrayMember = (typeof arrayMembers)[number];
const isArrayMember = (key: string): key is ArrayMember => (arrayMembers as readonly string[]).includes(key);

export class TimelineFileChecker {
  private readonly check: JsonChecker;
  private readonly ctx: Context;
  /** Items checked so far, from the first, per array member; and the arrays known to be complete, with their lengths. */
  private readonly checked = new Map<ArrayMember, number>();
  private readonly complete = new Map<ArrayMember, number>();
  private readonly laterParticipants: NonNullable<Context['laterParticipants']> = [];
  /** The events checked and read so far, and the index of the first written as a row. */
  private readonly events: PortableEvent[] = [];
  private firstRow: number | undefined;

  constructor(options: JsonCheckerOptions = defaultJsonCheckerOptions) {
    this.check = new JsonChecker(options);
    this.ctx = { check: this.check, texts: new Map(), entityIds: new Set(), ids: new Map(), laterParticipants: this.laterParticipants };
  }

  /**
   * Items `from`, `from + 1`, … of array member `key` as they arrive: checked now if they can be, else at `finish`.
   * True when they were checked and nothing in the file so far has failed.
   */
  items(key: string, items: readonly unknown[], from: number): boolean {
    if (!isArrayMember(key) || (this.checked.get(key) ?? 0) !== from || !this.ready(key)) return false;
    this.checkItems(key, items, from);
    return this.check.ok;
  }

  /** Events checked and read into memory so far: how far a large file has got while it downloads. */
  get eventsRead(): number {
    return this.events.length;
  }

  /** Array member `key` has all its `length` items. */
  arrayEnd(key: string, length: number): void {
    if (isArrayMember(key)) this.complete.set(key, length);
  }

  /** Checks the whole file, skipping the items already checked as they arrived. */
  finish(input: unknown): ValidationResult {
    const { check, ctx } = this;
    if (input === undefined) return { ok: false, errors: ['$: expected an object, got nothing'] };
    const root = check.object(input, '$', ['format', 'version', 'documents', 'events'], ['title', 'undated', 'entities', 'story']);
    if (!root) return { ok: false, errors: check.errors() };
    check.constant(root.format, '$.format', timelineFormat);
    check.oneOf(root.version, '$.version', timelineVersions);
    check.optional(root, 'title', '$', (v, p) => check.string(v, p));
    for (const key of arrayMembers) {
      const required = key === 'documents' || key === 'events';
      const items = required ? check.array(root[key], `$.${key}`) : check.optional(root, key, '$', (v, p) => check.array(v, p));
      const from = this.checked.get(key) ?? 0;
      if (items && items.length > from) this.checkItems(key, items.slice(from), from);
      if (key === 'entities') this.complete.set(key, this.checked.get(key) ?? 0);
    }
    if (root.version === 1 && this.firstRow !== undefined) {
      check.error(pathOf('$.events', this.firstRow), 'an event as a row needs version 2 of the format (version 1 has events as objects)');
    }
    for (const { id, path, label } of this.laterParticipants) checkParticipant(ctx, id, path, label);
    check.optional(root, 'story', '$', (v, p) => checkStory(check, v, p, ctx.ids));
    return check.ok ? { ok: true, file: input as TimelineFile, events: this.events } : { ok: false, errors: check.errors() };
  }

  /** Whether everything `key`'s items refer to is known: all documents for entities, events and undated mentions. */
  private ready(key: ArrayMember): boolean {
    return key === 'documents' || this.done('documents');
  }

  private done(key: ArrayMember): boolean {
    const length = this.complete.get(key);
    return length !== undefined && (this.checked.get(key) ?? 0) === length;
  }

  private checkItems(key: ArrayMember, items: readonly unknown[], from: number): void {
    const ctx = { ...this.ctx, laterParticipants: this.done('entities') ? undefined : this.laterParticipants };
    if (key === 'events') {
      items.forEach((item, i) => {
        if (this.firstRow === undefined && Array.isArray(item)) this.firstRow = from + i;
        const event = readEventItem(ctx, item, from + i);
        if (event) this.events.push(event);
      });
    } else {
      const checkItem = { documents: checkDocument, entities: checkEntity, undated: checkUndated }[key];
      items.forEach((item, i) => checkItem(ctx, item, pathOf(`$.${key}`, from + i)));
    }
    this.checked.set(key, from + items.length);
  }
}
