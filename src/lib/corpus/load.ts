import type { Corpus } from './types.ts';
import { validateCorpus } from './validate.ts';

/** Fetches and validates corpus.json; rejects with a message fit to show a reader. */
export async function loadCorpus(url: string, fetcher: typeof fetch = fetch): Promise<Corpus> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
  return validateCorpus(data);
}
