/**
 * The text taken out of a file that is not plain text itself (a Word, OpenDocument or PDF file, an e-mail), with what
 * the file says of itself: a title and the day it was created. Read then as a plain text, whose own date line wins.
 */
export type ExtractedText =
  | { readonly ok: true; readonly text: string; readonly title?: string; readonly created?: string }
  | { readonly ok: false; readonly message: string };
