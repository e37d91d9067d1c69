import { JsonMemberSplitter, TimelineFileChecker, timelineFormat, timelineOfFile } from '../formats/index.ts';
import { openTimelineFile } from './openTimelineFile.ts';
import type { ReadResult } from './readTimeline.ts';

/**
 * Reads a timeline file while it downloads. Our own files (whose first member says `format: "passage-timeline"`, as
 * our exports write it) are parsed, checked and turned into events piece by piece, so that when the last piece comes
 * little work is left. Anything else, TimelineJS3 files, CSV, other member orders and broken JSON, is read whole at
 * the end by `openTimelineFile`, exactly as if it had never streamed: the fast path changes when the work is done, never
 * the result or the messages.
 */
export class TimelineStreamReader {
  private readonly name: string;
  private splitter: JsonMemberSplitter | undefined;
  /** Set once the first member shows the file is ours; undefined when streaming has been given up. */
  private checker: TimelineFileChecker | undefined;
  private readonly root: Record<string, unknown> = {};
  private streaming = true;

  constructor(name: string) {
    this.name = name;
    this.splitter = new JsonMemberSplitter({
      member: (key, value) => {
        if (!this.streaming) return;
        if (key === 'format' && value === timelineFormat && Object.keys(this.root).length === 0) this.checker = new TimelineFileChecker();
        this.take(key, value);
      },
      items: (key, items, from) => {
        if (from === 0) this.take(key, []);
        if (!this.streaming) return;
        // The checker reads the events as it checks them; a bad file is dropped whole at the end. Events it has read are
        // not kept as they came (holes hold their places): `finish` looks only at items the checker has not seen.
        const list = this.root[key] as unknown[];
        if (this.checker?.items(key, items, from) && key === 'events') list.length += items.length;
        else list.push(...items);
      },
      arrayEnd: (key, length) => {
        if (length === 0) this.take(key, []);
        if (!this.streaming) return;
        this.checker?.arrayEnd(key, length);
      },
    });
  }

  /** Events checked and read so far: how far a large file of ours has got while it downloads. */
  get eventsRead(): number {
    return this.checker?.eventsRead ?? 0;
  }

  push(piece: string): void {
    if (!this.streaming) return;
    try {
      this.splitter!.push(piece);
    } catch {
      this.stopStreaming();
    }
  }

  /**
   * The text is complete. `wholeText` gives it again, all of it, for a file that is not read as it streams: the reader
   * does not keep the pieces, since a large file's text held as strings is copied by every garbage collection.
   */
  finish(wholeText: () => string): ReadResult {
    if (this.streaming) {
      try {
        this.splitter!.end();
      } catch {
        this.stopStreaming();
      }
    }
    if (!this.streaming || !this.checker) return openTimelineFile(this.name, wholeText());
    const result = this.checker.finish(this.root);
    if (!result.ok) return result;
    return { ok: true, data: { ...timelineOfFile(result.file, result.events), problems: [] } };
  }

  /** A member, unless a member of that name came before: then JSON.parse's last-one-wins is the rule, so read whole. */
  private take(key: string, value: unknown): void {
    if (!this.streaming) return;
    if (Object.hasOwn(this.root, key)) this.stopStreaming();
    else this.root[key] = value;
  }

  private stopStreaming(): void {
    this.streaming = false;
    this.splitter = undefined;
    this.checker = undefined;
  }
}
