/**
 * The own texts' side of the address: the fragment that carries them (lib/intake/fragment.ts),
 * written and read by a worker since deflating a long text takes longer than a frame and a hostile
 * link may inflate to megabytes; on the page when there is no worker (lib/worker/fragment.ts). The
 * collection's text is the preset dictionary of both.
 */
import type { Corpus } from '../../lib/corpus/types.ts';
import {
  FragmentClient,
  type Encoded,
  type FragmentWorker,
  type NoWorker,
} from '../../lib/worker/fragment.ts';
import type { FragmentError, OwnTexts } from '../../lib/intake/fragment.ts';

export interface Read {
  texts: OwnTexts;
  error: FragmentError | null;
  /** Why the page read it without a worker, if it did. */
  why: NoWorker | null;
}

export class OwnLink {
  #client: FragmentClient;

  constructor(corpus: Corpus) {
    this.#client = new FragmentClient(
      // Throws where the browser has no Worker (or refuses one): the client works on the page.
      () =>
        new Worker(new URL('../../workers/fragment.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as FragmentWorker,
      corpus.speeches.flatMap((s) => s.paragraphs),
      corpus.sha256,
    );
  }

  /** The fragment for these texts, or why not (FragmentClient.encode). */
  encode(texts: OwnTexts, keep = false): Promise<Encoded> {
    return this.#client.encode(texts, keep);
  }

  /** The texts of a fragment (none for an empty one), or why it could not be read; null once disposed. */
  async read(hash: string): Promise<Read | null> {
    const answer = await this.#client.decode(hash);
    if (!answer) return null;
    const { decoded, why = null } = answer;
    return decoded.ok
      ? { texts: decoded.texts, error: null, why }
      : { texts: {}, error: decoded.reason, why };
  }

  dispose(): void {
    this.#client.dispose();
  }
}
