/**
 * The page's side of the fragment worker: the latest request wins, an answer to an older one is
 * dropped, so the address never goes back to texts the person has already changed; except a
 * request that must be answered (a Compare's new history entry, which Back returns to): the
 * worker answers in order, so it still comes before the newer ones.
 */
import type { OwnTexts } from '../intake/fragment.ts';

export type EncodeRequest =
  | { type: 'collection'; paragraphs: string[]; sha256: string }
  | { type: 'encode'; id: number; texts: OwnTexts };

export interface EncodeResponse {
  id: number;
  hash: string;
}

export interface EncodeWorker {
  postMessage(message: EncodeRequest): void;
  onmessage: ((event: { data: EncodeResponse }) => void) | null;
  terminate(): void;
}

export class FragmentEncoder {
  #worker: EncodeWorker;
  #id = 0;
  /** Each request still waiting: how to answer it, and whether it is answered when overtaken. */
  #waiting = new Map<number, { resolve: (hash: string | null) => void; keep: boolean }>();

  constructor(worker: EncodeWorker, paragraphs: string[], sha256: string) {
    this.#worker = worker;
    worker.postMessage({ type: 'collection', paragraphs, sha256 });
    worker.onmessage = ({ data }) => {
      const waiting = this.#waiting.get(data.id);
      this.#waiting.delete(data.id);
      waiting?.resolve(data.id === this.#id || waiting.keep ? data.hash : null);
    };
  }

  /**
   * The fragment for these texts, or null when a newer request has overtaken this one (never for
   * a request to `keep`).
   */
  encode(texts: OwnTexts, keep = false): Promise<string | null> {
    const id = ++this.#id;
    // Older requests still waiting will never be used, but those kept.
    for (const [old, waiting] of this.#waiting)
      if (old < id && !waiting.keep) {
        waiting.resolve(null);
        this.#waiting.delete(old);
      }
    return new Promise((resolve) => {
      this.#waiting.set(id, { resolve, keep });
      this.#worker.postMessage({ type: 'encode', id, texts });
    });
  }

  dispose(): void {
    this.#worker.terminate();
    for (const { resolve } of this.#waiting.values()) resolve(null);
    this.#waiting.clear();
  }
}
