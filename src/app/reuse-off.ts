/**
 * The reuse analysis with the bundled collection's index built in a worker
 * (src/workers/reuse.worker.ts): on a phone its build was one task of 60 to 120 ms on the page
 * (issue 26). Loaded apart from the app's start (its budget); the state (lib/state) sees only the
 * module it loads, whose index takes the worker's arrays for that collection's speeches.
 */
import * as reuse from '../lib/reuse/all.ts';
import type { Corpus } from '../lib/corpus/types.ts';
import type { ReuseArrays, SpeechText } from '../lib/reuse/passages.ts';
import type { ReuseModule } from '../lib/state/platform.ts';

/**
 * The worker starts at once, its code loading while the speeches are on their way. Rejects when
 * there is no worker or it fails.
 */
function reuseArrays(speeches: Promise<readonly SpeechText[]>): Promise<ReuseArrays> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/reuse.worker.ts', import.meta.url), {
      type: 'module',
    });
    const fail = (why: unknown) => {
      worker.terminate();
      reject(new Error(`reuse worker: ${String(why)}`));
    };
    worker.onmessage = ({ data }: MessageEvent<ReuseArrays>) => {
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => fail(event.message);
    worker.onmessageerror = (event) => fail(event.type);
    speeches.then(
      (texts) =>
        worker.postMessage(texts.map(({ number, paragraphs }) => ({ number, paragraphs }))),
      fail,
    );
  });
}

/**
 * The reuse module, once the worker has built the collection's index arrays; its ReuseIndex takes
 * them when given those speeches in the default settings (the app's index of the bundled
 * collection), and builds in place otherwise (a kept collection). Without a worker, or should it
 * fail, the module as it is: the page builds the index, as before.
 */
export function reuseModule(corpus: Promise<Corpus> | null): Promise<ReuseModule> {
  if (!corpus || typeof Worker !== 'function') return Promise.resolve(reuse);
  const speeches = corpus.then((c) => c.speeches);
  return Promise.all([speeches, reuseArrays(speeches)]).then(
    ([built, arrays]) => {
      class ReuseIndex extends reuse.ReuseIndex {
        constructor(...[texts, k, groups]: ConstructorParameters<typeof reuse.ReuseIndex>) {
          const mine = texts === built && k === undefined && groups === undefined;
          super(texts, k, groups, mine ? arrays : undefined);
        }
      }
      return { ...reuse, ReuseIndex };
    },
    () => reuse,
  );
}
