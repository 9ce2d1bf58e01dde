/**
 * A collection's work off the page's thread (lib/worker/collection.ts): the files brought read,
 * decoded and kept in the browser's store, the texts read from there and indexed, each with
 * progress; the page stops it by terminating it.
 */
import { openStore, storeOver } from '../lib/collection/store.ts';
import { collectionWorker, type EntriesPart } from '../lib/worker/collection.ts';
import type { CollectionRequest, CollectionResponse } from '../lib/worker/collection.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CollectionRequest | EntriesPart>) => void) | null;
  postMessage(message: CollectionResponse): void;
};

const answer = collectionWorker(
  (message) => scope.postMessage(message),
  storeOver(typeof indexedDB === 'undefined' ? undefined : openStore),
);

scope.onmessage = ({ data }) => answer(data);
