/**
 * Compares own texts off the page's thread (protocol.ts): the page stays responsive, and a
 * comparison overtaken by new input is stopped by terminating this worker.
 */
import { compareTexts } from '../lib/diff/compare.ts';
import type { CompareRequest, CompareResponse } from '../lib/input/protocol.ts';
import { checker, isCheckRequest, type CheckResponse } from '../lib/input/check-protocol.ts';

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

// 查重 requests (check-protocol.ts) go to the checker, which keeps the collection's index between
// requests; every other message to the comparison above.
const compare = scope.onmessage;
const check = checker();
const answer = self as unknown as { postMessage(message: CheckResponse): void };
scope.onmessage = (event) => {
  const data: unknown = event.data;
  if (isCheckRequest(data)) answer.postMessage(check(data));
  else compare?.(event);
};
