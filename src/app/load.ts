/**
 * The browser's side of loading the data: fetches with a time limit, retried once. The state
 * class (lib/state/app.svelte.ts) calls these through its Platform; src/lib never fetches.
 */
import { LoadError } from '../lib/corpus/load.ts';
import type { Corpus } from '../lib/corpus/types.ts';
import { validateCorpus, CorpusShapeError } from '../lib/corpus/validate.ts';
import { type Plans } from '../lib/diff/plan/format.ts';
import { validatePlans } from '../lib/diff/plan/plans.ts';

/** A stalled connection gives up after this long and is tried once more. */
const TIME_LIMIT_MS = 15_000;

/** A fetch that gives up after TIME_LIMIT_MS and tries once more when the network failed. */
async function fetchWithRetry(url: string, fetcher: typeof fetch): Promise<Response> {
  const once = () => fetcher(url, { signal: AbortSignal.timeout(TIME_LIMIT_MS) });
  try {
    return await once();
  } catch {
    return once();
  }
}

/** Fetches and validates corpus.json; rejects with a LoadError a reader can act on. */
export async function loadCorpus(url: string, fetcher: typeof fetch = fetch): Promise<Corpus> {
  let response: Response;
  try {
    response = await fetchWithRetry(url, fetcher);
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

/** Fetches the plans; any failure means no plans, and comparisons are computed live. */
export async function loadPlans(url: string, fetcher: typeof fetch = fetch): Promise<Plans | null> {
  try {
    const response = await fetchWithRetry(url, fetcher);
    return response.ok ? validatePlans(await response.json()) : null;
  } catch {
    return null;
  }
}
