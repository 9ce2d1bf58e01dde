/**
 * Reads a person's file off the page's thread (lib/worker/file.ts): a Word file unzipped under a
 * cap on the bytes it actually gives, a text decoded and counted, a text over the limit refused.
 */
import { answerRead, type ReadRequest, type ReadResponse } from '../lib/worker/file.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

scope.onmessage = ({ data }) => {
  void answerRead(data, (message) => scope.postMessage(message));
};
