/** TimeML reading, writing and TempEval-3 Task A scoring. Pure TypeScript, no file system. */
export type { TimemlDocument, TimemlTimex } from './types.ts';
export { readTimeML, TimemlError } from './read.ts';
export { writeTimeML } from './write.ts';
export { scoreDocument, figures, addCounts, ZERO, type Counts, type DocumentScore, type Figures, type Pair, type Prf } from './score.ts';
export { decodeWithOffsets, escapeAttribute } from './entities.ts';
export { dctDay } from './dctDay.ts';
