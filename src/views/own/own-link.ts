/**
 * The own texts' side of the address: the fragment that carries them (lib/intake/fragment.ts),
 * written by a worker since deflating a long text takes longer than a frame, read on the page.
 * The collection's text is the preset dictionary of both.
 */
import type { Corpus } from '../../lib/corpus/types.ts';
import { FragmentEncoder, type EncodeWorker } from '../../lib/worker/fragment.ts';
import {
  decodeFragment,
  dictionaryOf,
  type FragmentError,
  type OwnTexts,
} from '../../lib/intake/fragment.ts';

export class OwnLink {
  #encoder: FragmentEncoder;
  #dictionary;

  constructor(corpus: Corpus) {
    const paragraphs = corpus.speeches.flatMap((s) => s.paragraphs);
    this.#dictionary = dictionaryOf(paragraphs, corpus.sha256);
    this.#encoder = new FragmentEncoder(
      new Worker(new URL('../../workers/fragment.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as EncodeWorker,
      paragraphs,
      corpus.sha256,
    );
  }

  /**
   * The fragment for these texts, or null when a newer request has overtaken this one (never for
   * one to `keep`: FragmentEncoder).
   */
  encode(texts: OwnTexts, keep = false): Promise<string | null> {
    return this.#encoder.encode(texts, keep);
  }

  /** The texts of a fragment (none for an empty one), or why it could not be read. */
  read(hash: string): { texts: OwnTexts; error: FragmentError | null } {
    const decoded = decodeFragment(hash, this.#dictionary);
    return decoded.ok
      ? { texts: decoded.texts, error: null }
      : { texts: {}, error: decoded.reason };
  }

  dispose(): void {
    this.#encoder.dispose();
  }
}
