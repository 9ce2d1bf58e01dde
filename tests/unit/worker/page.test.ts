import { describe, expect, it } from 'vitest';
import { pageWorker, type Work } from '../../../src/lib/worker/page.ts';
import { ownTextWork } from '../../../src/lib/worker/own-work.ts';

describe('pageWorker', () => {
  it('answers on the page, after the caller’s turn, in order, and drops what comes once terminated', async () => {
    const echo: Work = (post) => (data) => post({ echo: data });
    const stand = pageWorker<number>(() => Promise.resolve(echo));
    const heard: unknown[] = [];
    stand.onmessage = ({ data }) => heard.push(data);
    stand.postMessage(1);
    stand.postMessage(2);
    expect(heard).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(heard).toEqual([{ echo: 1 }, { echo: 2 }]);
    stand.terminate();
    stand.postMessage(3);
    await new Promise((resolve) => setTimeout(resolve));
    expect(heard).toHaveLength(2);
  });

  it('runs the own-text worker’s comparison on the page', async () => {
    const stand = pageWorker<{ id: number }>(() => Promise.resolve(ownTextWork as Work));
    const types: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      stand.onmessage = ({ data }) => {
        types.push((data as { type: string }).type);
        if ((data as { type: string }).type === 'done') resolve();
      };
    });
    stand.postMessage({
      id: 1,
      a: ['甲乙'],
      b: ['甲丙'],
      granularity: 'char',
      ignore: [],
    } as never);
    await done;
    expect(types.slice(0, 2)).toEqual(['started', 'done']);
  });

  it('says a failure to load its work as a worker’s error', async () => {
    const stand = pageWorker<number>(() => Promise.reject(new Error('chunk')));
    const errors: unknown[] = [];
    stand.onerror = (e) => errors.push(e.message);
    stand.postMessage(1);
    await new Promise((resolve) => setTimeout(resolve));
    expect(errors).toEqual(['Error: chunk']);
  });
});
