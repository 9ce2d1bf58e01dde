import type { Corpus } from './types.ts';
import { CorpusShapeError, validateCorpus } from './validate.ts';

/** Why the corpus did not load, in terms a reader can act on. */
export type LoadReason = 'offline' | 'status' | 'json' | 'shape' | 'other';

/** A failed load: the reason for the reader, the technical detail for whoever fixes it. */
export class LoadError extends Error {
  constructor(
    readonly reason: LoadReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Fetches and validates corpus.json; rejects with a LoadError. */
export async function loadCorpus(url: string, fetcher: typeof fetch = fetch): Promise<Corpus> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new LoadError('offline', `${url}: ${String(error)}`);
  }
  if (!response.ok)
    throw new LoadError('status', `${url}: HTTP ${response.status}`, response.status);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    // A SyntaxError is the file; anything else is the connection dropping while it came.
    if (error instanceof SyntaxError) throw new LoadError('json', `${url}: not valid JSON`);
    throw new LoadError('offline', `${url}: ${String(error)}`);
  }
  try {
    return validateCorpus(data);
  } catch (error) {
    if (error instanceof CorpusShapeError) throw new LoadError('shape', error.message);
    throw error;
  }
}
