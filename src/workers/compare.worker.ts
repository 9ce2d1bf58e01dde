/**
 * Compares own texts off the page's thread (protocol.ts): the page stays responsive, and a
 * comparison overtaken by new input is stopped by terminating this worker.
 */
import { compareTexts } from '../lib/diff/compare.ts';
import type { CompareRequest, CompareResponse } from '../lib/input/protocol.ts';

/** The worker's global scope, typed as far as it is used (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
  postMessage(message: CompareResponse): void;
};
const post = (message: CompareResponse) => scope.postMessage(message);

scope.onmessage = (event) => {
  const { id, a, b, granularity, ignore } = event.data;
  post({ id, type: 'started' });
  const start = performance.now();
  try {
    const comparison = compareTexts(a, b, { granularity, ignore });
    post({ id, type: 'done', comparison, ms: performance.now() - start });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
