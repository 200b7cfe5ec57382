// The types generated from schemas/ (src/generated/types.ts, written by `npm run generate`).
export type * from './types.js';
