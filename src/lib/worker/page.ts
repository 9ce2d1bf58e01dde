/**
 * A stand-in for a Web Worker that does the work on the page, where the browser makes no worker
 * (none at all, or a constructor that throws): the views of own texts still work, for texts short
 * enough (PAGE_WORK_CHARS) that the page pauses only a moment. Its work is loaded when first
 * asked for, as a worker's script would be. Terminated, it drops what it would still send (work
 * already begun on the page cannot be stopped).
 */
import type { RunnerWorker } from './runner.ts';

/** Own texts up to this many characters in all are compared or checked on the page. */
export const PAGE_WORK_CHARS = 20_000;

/** Makes the handler of a worker's messages from the function it posts its answers with. */
export type Work = (post: (message: unknown) => void) => (data: unknown) => void;

export function pageWorker<Request>(load: () => Promise<Work>): RunnerWorker<Request> {
  let handle: ((data: unknown) => void) | null = null;
  let ended = false;
  const stand: RunnerWorker<Request> = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      // After the caller's turn, as a worker's answer comes; the work in order of the requests.
      queue = queue.then(async () => {
        if (ended) return;
        try {
          handle ??= (await load())((data) => {
            if (!ended) stand.onmessage?.({ data });
          });
          handle(message);
        } catch (error) {
          if (!ended) stand.onerror?.({ message: String(error) });
        }
      });
    },
    terminate() {
      ended = true;
    },
  };
  let queue = Promise.resolve();
  return stand;
}
