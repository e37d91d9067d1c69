/**
 * What is known of a document file before it is read: the id its name gives, and whether it is too large to read.
 * Apart from the reader so that pages that only name documents (imports, the add-documents queue) load no reader.
 */

/** Larger files are refused: they are not articles, and extracting them would stall the page. */
export const maxDocumentBytes = 5 * 1024 * 1024;

/** Why a file of `bytes` is refused; in bytes where megabytes would round to the limit ("5.0 MB … limited to 5 MB"). */
export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  const size = mb(bytes) === mb(maxDocumentBytes) ? `${bytes.toLocaleString('en')} bytes` : `${mb(bytes)} MB`;
  return `the file is ${size}; documents are limited to ${maxDocumentBytes / 1048576} MB (${maxDocumentBytes.toLocaleString('en')} bytes)`;
}

/** The id a file name gives its document: `russia-france-call` for `russia-france-call.txt`. */
export function documentId(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'document';
}
