/**
 * A collection's work off the page's thread (lib/worker/collection.ts): the files brought read
 * and decoded, the texts indexed, each with progress; the page stops it by terminating it.
 */
import { answerCollection, type CollectionRequest } from '../lib/worker/collection.ts';
import type { CollectionResponse } from '../lib/worker/collection.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CollectionRequest>) => void) | null;
  postMessage(message: CollectionResponse): void;
};

scope.onmessage = ({ data }) => {
  void answerCollection(data, (message) => scope.postMessage(message));
};
