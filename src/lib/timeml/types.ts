/** TimeML documents as the scorer and the eval script see them. Offsets are into the decoded TEXT content. */
import type { TimexType } from '../extract/types.ts';

/** A TIMEX3 found in (or destined for) a document's TEXT. */
export interface TimemlTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType | string;
  readonly value: string;
  readonly mod?: string;
  readonly tid?: string;
}

export interface TimemlDocument {
  readonly docId: string;
  /** DCT value from `<DCT><TIMEX3 value=…>`, as written (may carry a time). */
  readonly dct?: string;
  /** TEXT content with tags removed and entities decoded: what the tagger reads. */
  readonly text: string;
  /** TEXT content with tags removed and entities left as written: what the official scorer compares. */
  readonly rawText: string;
  /** rawOffsets[i] = offset in rawText of decoded character i; one extra entry for the end. */
  readonly rawOffsets: readonly number[];
  /** Gold TIMEX3 inside TEXT, in document order. */
  readonly timexes: readonly TimemlTimex[];
  /** The whole source, to rebuild a system file around new TEXT content. */
  readonly source: string;
}
