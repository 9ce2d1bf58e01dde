/**
 * Reading a person's file off the page's thread (workers/file.worker.ts): unzipping a Word file,
 * decoding a text of millions of characters and counting it would each hold the page for
 * seconds. The page sends the File itself (a structured clone, no bytes read on the page); the
 * worker reads it (files.ts), says how far it is, and answers with the text or the refusal.
 * The page's side is a WorkerClient (client.svelte.ts): a newer file, or cancel, terminates a
 * worker still reading; its `progress` says how far the reading is.
 */
import {
  readTextFile,
  type FileLike,
  type FileLimits,
  type FileProgress,
  type FileText,
} from '../intake/files.ts';
import { WorkerClient } from './client.svelte.ts';
import type { RunOutcome, RunnerWorker } from './runner.ts';

export interface ReadRequest {
  type: 'read';
  id: number;
  file: FileLike;
}

export type ReadResponse =
  | ({ id: number; type: 'read-progress' } & FileProgress)
  | { id: number; type: 'read'; result: FileText }
  | { id: number; type: 'read-error'; message: string };

/** Progress is posted at most this often, and when the step changes. */
const PROGRESS_MS = 100;

/** The worker's side: reads the file of one request, posting progress, then the answer. */
export async function answerRead(
  { id, file }: ReadRequest,
  post: (message: ReadResponse) => void,
  limits?: FileLimits,
): Promise<void> {
  let last = { step: '', at: -Infinity };
  const progress = (p: FileProgress) => {
    const now = performance.now();
    if (p.step === last.step && now - last.at < PROGRESS_MS) return;
    last = { step: p.step, at: now };
    post({ id, type: 'read-progress', ...p });
  };
  try {
    post({ id, type: 'read', result: await readTextFile(file, progress, limits) });
  } catch (error) {
    post({
      id,
      type: 'read-error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The page's reading of the worker's messages for request `id`: the text, or the refusal. */
function readAnswer(data: unknown, id: number, _more?: unknown): RunOutcome<FileText> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as ReadResponse;
  if (m.id !== id) return undefined;
  if (m.type === 'read-error') return { type: 'error', message: String(m.message) };
  if (m.type === 'read' && typeof m.result === 'object') return { type: 'done', value: m.result };
  return undefined;
}

/** How far the reading of request `id` is. */
function progressOf(data: unknown, id: number): FileProgress | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as ReadResponse;
  if (m.id !== id || m.type !== 'read-progress') return undefined;
  return { step: m.step, done: m.done, total: m.total };
}

/** Reads files in workers made by `create`, the latest file winning. */
export class FileClient extends WorkerClient<ReadRequest, FileText, FileProgress> {
  constructor(create: () => RunnerWorker<ReadRequest>) {
    super({ create }, readAnswer);
  }

  /**
   * The file's text or refusal; cancelled when a newer file or `cancel` overtook it; an error
   * when the worker could not be made (no Web Workers) or failed (its script did not load).
   */
  read(file: FileLike, onprogress: (p: FileProgress) => void = () => {}) {
    return this.run({ type: 'read', file }, (data, id, more) => {
      const step = progressOf(data, id);
      if (step) {
        this.progress = step;
        onprogress(step);
      }
      return readAnswer(data, id, more);
    });
  }
}
