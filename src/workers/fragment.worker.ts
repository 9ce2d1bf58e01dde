/**
 * Packs own texts into the URL fragment off the page's thread: deflating 200,000 characters
 * takes longer than a frame. One message sets the collection (for the dictionary), then each
 * request gets its fragment back under its id (see lib/worker/fragment.ts).
 */
import { dictionaryOf, encodeFragment, type Dictionary } from '../lib/intake/fragment.ts';
import type { EncodeRequest, EncodeResponse } from '../lib/worker/fragment.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EncodeRequest>) => void) | null;
  postMessage(message: EncodeResponse): void;
};
let dictionary: Dictionary | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'collection') dictionary = dictionaryOf(data.paragraphs, data.sha256);
  else scope.postMessage({ id: data.id, hash: encodeFragment(data.texts, dictionary) });
};
