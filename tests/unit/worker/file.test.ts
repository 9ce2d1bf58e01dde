import { describe, expect, it } from 'vitest';
import type { FileProgress } from '../../../src/lib/intake/files.ts';
import {
  FileClient,
  answerRead,
  type ReadRequest,
  type ReadResponse,
} from '../../../src/lib/worker/file.ts';
import { FakeWorker as BaseWorker } from '../../fixtures/fake-worker.ts';

const file = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
};

/** The fake worker, answering the last request as the real one would. */
class FakeWorker extends BaseWorker<ReadRequest> {
  /** Answers the last request as the worker would. */
  async answer() {
    const request = this.requests.at(-1)!;
    await answerRead(request, (data) => this.onmessage?.({ data }), {
      maxChars: 3,
      maxDocumentBytes: 1_000,
    });
  }
}

describe('reading a file in the worker', () => {
  it('posts its steps, then the text or the refusal, under the request id', async () => {
    const posted: ReadResponse[] = [];
    await answerRead({ type: 'read', id: 4, file: file('a.txt', '甲乙') }, (m) => posted.push(m));
    expect(posted.map((m) => m.type)).toEqual([
      'read-progress',
      'read-progress',
      'read-progress',
      'read',
    ]);
    expect(posted.at(-1)).toEqual({
      id: 4,
      type: 'read',
      result: { ok: true, name: 'a.txt', text: '甲乙', encoding: 'utf-8' },
    });
  });

  it('answers a file that cannot be read with its message, not a crash', async () => {
    const posted: ReadResponse[] = [];
    const broken = {
      get name(): string {
        throw new Error('gone');
      },
      size: 1,
      arrayBuffer: () => Promise.resolve(new ArrayBuffer(1)),
    };
    await answerRead({ type: 'read', id: 1, file: broken }, (m) => posted.push(m));
    expect(posted).toEqual([{ id: 1, type: 'read-error', message: 'gone' }]);
  });
});

describe('FileClient (the page side)', () => {
  it('gives the text and the progress; a newer file cancels the older one', async () => {
    const workers: FakeWorker[] = [];
    const runner = new FileClient(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const steps: FileProgress['step'][] = [];
    const first = runner.read(file('a.txt', '甲'));
    const second = runner.read(file('b.txt', '乙丙丁戊'), (p) => steps.push(p.step));
    expect(await first).toEqual({ type: 'cancelled' });
    // The first was still being read: its worker was ended, the second has a new one.
    expect(workers[0]!.terminated).toBe(true);
    await workers[1]!.answer();
    expect(await second).toEqual({
      type: 'done',
      value: { ok: false, name: 'b.txt', reason: 'too-long', chars: 4 },
    });
    expect(steps).toEqual(['read', 'decode', 'count']);
  });

  it('says so when the worker cannot be made or fails to load (issue 22, item 8)', async () => {
    const none = new FileClient(() => {
      throw new Error('Worker is not defined');
    });
    expect(await none.read(file('a.txt', '甲'))).toEqual({
      type: 'error',
      message: 'Worker is not defined',
    });
    const worker = new FakeWorker();
    const failing = new FileClient(() => worker);
    const read = failing.read(file('a.docx', ''));
    worker.onerror?.({});
    expect(await read).toEqual({ type: 'error', message: 'worker error' });
  });
});
