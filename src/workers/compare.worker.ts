/**
 * Compares own texts, and checks them (查重), off the page's thread (lib/worker/own-work.ts): the
 * page stays responsive, and a comparison overtaken by new input is stopped by terminating this
 * worker.
 */
import { ownTextWork, type Post } from '../lib/worker/own-work.ts';

/** The worker's global scope, typed as far as it is used (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage: Post;
};
const work = ownTextWork((message, transfer = []) => scope.postMessage(message, transfer));
scope.onmessage = (event) => work(event.data);
