/**
 * Compares own texts, and checks them (查重), off the page's thread (lib/worker/own-work.ts): the
 * page stays responsive, and a comparison overtaken by new input is stopped by terminating this
 * worker.
 */
import { openStore, storeOver } from '../lib/collection/store.ts';
import { storedSpeeches } from '../lib/worker/check.ts';
import { ownTextWork, type Post } from '../lib/worker/own-work.ts';

/** The worker's global scope, typed as far as it is used (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage: Post;
};
// A kept collection's 查重 reads its texts from the browser's store here, not from the page.
const store = storeOver(typeof indexedDB === 'undefined' ? undefined : openStore);
const work = ownTextWork(
  (message, transfer = []) => scope.postMessage(message, transfer),
  (id) => storedSpeeches(store, id),
);
scope.onmessage = (event) => work(event.data);
