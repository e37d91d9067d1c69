declare module 'virtual:seed-documents' {
  import type { DocumentCollection } from './lib/documents/collectDocuments.ts';
  const collection: DocumentCollection;
  export default collection;
}
