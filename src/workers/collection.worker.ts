/**
 * A collection's work off the page's thread (lib/worker/collection.ts): the files brought read,
 * decoded and kept in the browser's store, the texts read from there and indexed, each with
 * progress; the page stops it by terminating it.
 */
import { openStore, storeOver } from '../lib/collection/store.ts';
import { answerCollection, type CollectionRequest } from '../lib/worker/collection.ts';
import type { CollectionResponse } from '../lib/worker/collection.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CollectionRequest>) => void) | null;
  postMessage(message: CollectionResponse): void;
};

const store = storeOver(typeof indexedDB === 'undefined' ? undefined : openStore);

scope.onmessage = ({ data }) => {
  void answerCollection(data, (message) => scope.postMessage(message), store);
};
