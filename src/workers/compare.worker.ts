/**
 * Compares own texts off the page's thread (protocol.ts): the page stays responsive, and a
 * comparison overtaken by new input is stopped by terminating this worker. It also checks an own
 * text against the collection (check-protocol.ts), keeping the collection's index between checks.
 */
import { compareTexts } from '../lib/diff/compare.ts';
import { checker, isCheckRequest } from '../lib/input/check-protocol.ts';
import type { CheckRequest, CheckResponse } from '../lib/input/check-protocol.ts';
import type { CompareRequest, CompareResponse } from '../lib/input/protocol.ts';

/** The worker's global scope, typed as far as it is used (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareRequest | CheckRequest>) => void) | null;
  postMessage(message: CompareResponse | CheckResponse): void;
};
const post = (message: CompareResponse | CheckResponse) => scope.postMessage(message);
const check = checker();

scope.onmessage = (event) => {
  if (isCheckRequest(event.data)) return post(check(event.data));
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
