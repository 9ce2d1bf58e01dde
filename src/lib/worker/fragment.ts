/**
 * The fragment worker's messages and the page's side of it. The worker packs own texts into the
 * fragment (deflating a long text takes longer than a frame) and reads them back (a hostile link
 * may make the reader inflate and check megabytes).
 *
 * Encoding: the latest request wins, an answer to an older one is dropped, so the address never
 * goes back to texts the person has already changed; except a request that must be answered (a
 * Compare's new history entry, which Back returns to): the worker answers in order, so it still
 * comes before the newer ones.
 *
 * Without a worker (the browser has none, its constructor throws, or its script does not load:
 * aborted, answered 500, cut short) the page does the work itself: every decode (bounded by the
 * fragment's guards) and the encoding of drafts up to PAGE_ENCODE_CHARS, which takes a few
 * milliseconds; a longer draft's link is not made, and its answer says why. The next request tries
 * a worker again.
 *
 * Why not WorkerClient (client.svelte.ts), the other jobs' one client: its runner holds one
 * request at a time and terminates a busy worker when a newer one comes. Here several requests are
 * in flight on one worker at once and each is answered in order: a kept encode (Compare's new
 * history entry) must come back even after newer drafts, and every decode (a link pasted, Back)
 * too; terminating would also throw away the dictionary the worker built from the collection.
 * Its fallback is per request (a worker that fails hands what it owed to the page, the next
 * request tries a new worker; WorkerClient turns to its stand-in for good, and only when the
 * constructor throws), with a limit of its own (PAGE_ENCODE_CHARS) and the reason in each answer;
 * and nothing here is shown as progress or cancelled, the state WorkerClient exists to show.
 */
import {
  decodeFragment,
  dictionaryOf,
  encodeFragment,
  type Decoded,
  type Dictionary,
  type OwnTexts,
} from '../intake/fragment.ts';

export type FragmentRequest =
  | { type: 'collection'; paragraphs: string[]; sha256: string }
  | { type: 'encode'; id: number; texts: OwnTexts }
  | { type: 'decode'; id: number; hash: string };

export type FragmentResponse =
  { id: number; type: 'encoded'; hash: string } | { id: number; type: 'decoded'; decoded: Decoded };

/** What the client needs of a Worker; tests hand in a fake. */
export interface FragmentWorker {
  postMessage(message: FragmentRequest): void;
  onmessage: ((event: { data: FragmentResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** Own texts up to this many characters in all are encoded on the page when there is no worker. */
export const PAGE_ENCODE_CHARS = 100_000;

/** The worker's side (and the page's without one): keeps the collection, answers requests. */
export function fragmentCodec(): (request: FragmentRequest) => FragmentResponse | null {
  let dictionary: Dictionary | undefined;
  return (request) => {
    if (request.type === 'collection') {
      dictionary = dictionaryOf(request.paragraphs, request.sha256);
      return null;
    }
    if (request.type === 'encode')
      return { id: request.id, type: 'encoded', hash: encodeFragment(request.texts, dictionary) };
    return { id: request.id, type: 'decoded', decoded: decodeFragment(request.hash, dictionary) };
  };
}

/** Where the answer was worked out: in the worker, or on the page for want of one. */
type Where = 'worker' | 'page';

/** Why there is no worker: the browser has none (or refused one), or its script failed. */
export type NoWorker = 'no-worker' | 'worker-failed';

export type Encoded =
  | { type: 'done'; hash: string; where: Where; why?: NoWorker }
  /** No worker, and the draft too long to encode on the page: the link is not made. */
  | { type: 'failed'; why: NoWorker }
  /** A newer request overtook this one (never one to keep). */
  | { type: 'overtaken' };

export type DecodeAnswer = { decoded: Decoded; where: Where; why?: NoWorker } | null;

type Waiting =
  | { type: 'encode'; texts: OwnTexts; keep: boolean; resolve: (answer: Encoded) => void }
  | { type: 'decode'; hash: string; resolve: (answer: DecodeAnswer) => void };

const chars = (texts: OwnTexts) => (texts.a?.length ?? 0) + (texts.b?.length ?? 0);

export class FragmentClient {
  #create: () => FragmentWorker;
  #collection: FragmentRequest;
  #worker: FragmentWorker | null = null;
  /** The page's own codec, made when first needed. */
  #page: ((request: FragmentRequest) => FragmentResponse | null) | null = null;
  #id = 0;
  #waiting = new Map<number, Waiting>();
  #disposed = false;

  constructor(create: () => FragmentWorker, paragraphs: string[], sha256: string) {
    this.#create = create;
    this.#collection = { type: 'collection', paragraphs, sha256 };
  }

  /** The fragment for these texts, or why it was not made (FragmentClient's comment). */
  encode(texts: OwnTexts, keep = false): Promise<Encoded> {
    const id = ++this.#id;
    // Older requests still waiting will never be used, but those kept.
    for (const [old, waiting] of this.#waiting)
      if (waiting.type === 'encode' && !waiting.keep) {
        waiting.resolve({ type: 'overtaken' });
        this.#waiting.delete(old);
      }
    return new Promise((resolve) => {
      this.#send(id, { type: 'encode', texts, keep, resolve }, { type: 'encode', id, texts });
    });
  }

  /** The texts of a fragment, or why they could not be read; null once disposed. */
  decode(hash: string): Promise<DecodeAnswer> {
    const id = ++this.#id;
    return new Promise((resolve) => {
      this.#send(id, { type: 'decode', hash, resolve }, { type: 'decode', id, hash });
    });
  }

  dispose(): void {
    this.#disposed = true;
    this.#worker?.terminate();
    this.#worker = null;
    for (const waiting of this.#waiting.values())
      if (waiting.type === 'encode') waiting.resolve({ type: 'overtaken' });
      else waiting.resolve(null);
    this.#waiting.clear();
  }

  #send(id: number, waiting: Waiting, request: FragmentRequest) {
    if (this.#disposed) return this.#answerOnPage(waiting, 'no-worker');
    const worker = this.#ensure();
    if (typeof worker === 'string') return this.#answerOnPage(waiting, worker);
    this.#waiting.set(id, waiting);
    worker.postMessage(request);
  }

  /** The worker, made now if there is none; or why none could be made. */
  #ensure(): FragmentWorker | NoWorker {
    if (this.#worker) return this.#worker;
    let worker: FragmentWorker;
    try {
      worker = this.#create();
    } catch {
      return 'no-worker';
    }
    worker.onmessage = ({ data }) => this.#answer(data);
    // The script did not load (aborted, 500, cut short) or the worker died: what it still owed
    // is done on the page, and the next request tries a new worker.
    worker.onerror = () => {
      if (this.#worker !== worker) return;
      worker.terminate();
      this.#worker = null;
      const owed = [...this.#waiting.values()];
      this.#waiting.clear();
      for (const waiting of owed) this.#answerOnPage(waiting, 'worker-failed');
    };
    worker.postMessage(this.#collection);
    this.#worker = worker;
    return worker;
  }

  #answer(data: FragmentResponse) {
    const waiting = this.#waiting.get(data.id);
    if (!waiting) return;
    this.#waiting.delete(data.id);
    if (waiting.type === 'decode' && data.type === 'decoded')
      waiting.resolve({ decoded: data.decoded, where: 'worker' });
    else if (waiting.type === 'encode' && data.type === 'encoded')
      waiting.resolve({ type: 'done', hash: data.hash, where: 'worker' });
  }

  #answerOnPage(waiting: Waiting, why: NoWorker) {
    if (waiting.type === 'encode' && chars(waiting.texts) > PAGE_ENCODE_CHARS)
      return waiting.resolve({ type: 'failed', why });
    if (!this.#page) {
      this.#page = fragmentCodec();
      this.#page(this.#collection);
    }
    if (waiting.type === 'encode') {
      const answer = this.#page({ type: 'encode', id: 0, texts: waiting.texts });
      if (answer?.type === 'encoded')
        waiting.resolve({ type: 'done', hash: answer.hash, where: 'page', why });
    } else {
      const answer = this.#page({ type: 'decode', id: 0, hash: waiting.hash });
      if (answer?.type === 'decoded')
        waiting.resolve({ decoded: answer.decoded, where: 'page', why });
    }
  }
}
