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
 * How long the worker may take once the speeches are here: a prerendered page hydrates once the
 * analysis is in (src/app/start.ts), and a worker whose script is slow to come (a slow network)
 * or never comes would keep the page dead; past this the page builds the index itself (on a
 * phone a task of 60 to 120 ms).
 */
const WORKER_MS = 1000;

/**
 * The worker starts at once, its code loading while the speeches are on their way. Rejects when
 * there is no worker, it fails, or it has not answered WORKER_MS after the speeches came.
 */
function reuseArrays(speeches: Promise<readonly SpeechText[]>): Promise<ReuseArrays> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/reuse.worker.ts', import.meta.url), {
      type: 'module',
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (why: unknown) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(`reuse worker: ${String(why)}`));
    };
    worker.onmessage = ({ data }: MessageEvent<ReuseArrays>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => fail(event.message);
    worker.onmessageerror = (event) => fail(event.type);
    speeches.then((texts) => {
      timer = setTimeout(() => fail('no answer in time'), WORKER_MS);
      worker.postMessage(texts.map(({ number, paragraphs }) => ({ number, paragraphs })));
    }, fail);
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
  // Asked for again (the start, hydration, the app) with the same collection: the same module,
  // not another worker building the same index.
  let module = made.get(corpus);
  if (!module) made.set(corpus, (module = offPage(corpus)));
  return module;
}
const made = new WeakMap<Promise<Corpus>, Promise<ReuseModule>>();

function offPage(corpus: Promise<Corpus>): Promise<ReuseModule> {
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
