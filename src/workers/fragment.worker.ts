/**
 * Packs own texts into the URL fragment, and reads them back, off the page's thread: deflating
 * 200,000 characters takes longer than a frame, and a hostile link may inflate to megabytes. One
 * message sets the collection (for the dictionary), then each request gets its answer under its
 * id (see lib/worker/fragment.ts, which also does this on the page when there is no worker).
 */
import {
  fragmentCodec,
  type FragmentRequest,
  type FragmentResponse,
} from '../lib/worker/fragment.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FragmentRequest>) => void) | null;
  postMessage(message: FragmentResponse): void;
};
const answer = fragmentCodec();

scope.onmessage = ({ data }) => {
  const response = answer(data);
  if (response) scope.postMessage(response);
};
