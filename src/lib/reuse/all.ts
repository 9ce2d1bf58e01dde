/** The reuse analysis in one module, so that the app can load it apart from the comparison. */
export { longestPassages, marksFor } from './analysis.ts';
export { NEAR_DUPLICATE, overviewPairs } from './matrix.ts';
export { MIN_PASSAGE, ReuseIndex } from './passages.ts';
