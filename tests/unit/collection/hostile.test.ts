// Hostile collections (issue 24, "Done when"): each is read without throwing, every file it
// refuses is named with its reason, and the texts beside it still load.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bringEntries, type Entry } from '../../../src/lib/collection/bring.ts';
import { refusalSummary } from '../../../src/lib/collection/refusals.ts';
import { MAX_CHARS } from '../../../src/lib/intake/clean.ts';
import { zipOfDeflated } from '../../fixtures/docx.ts';

const bytesOf = (data: Uint8Array | string) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;
const entry = (path: string, data: Uint8Array | string): Entry => {
  const bytes = bytesOf(data);
  return {
    path,
    file: {
      name: path.slice(path.lastIndexOf('/') + 1),
      size: bytes.length,
      arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
    },
  };
};
const TEXT = '要把学习贯彻习近平总书记重要讲话精神同深入学习结合起来。';

describe('hostile collections', () => {
  it('a folder of 10,000 empty files: each refused as empty, no text, one summary line', async () => {
    const entries = Array.from({ length: 10_000 }, (_, i) =>
      entry(`空/${String(i).padStart(5, '0')}.txt`, ''),
    );
    let last = 0;
    const { texts, refused } = await bringEntries(entries, (done) => (last = done));
    expect(texts).toEqual([]);
    expect(last).toBe(10_000);
    expect(refused).toHaveLength(10_000);
    expect(refused.every((r) => r.reason === 'empty')).toBe(true);
    expect(refusalSummary(refused, 3)).toEqual([
      { reason: 'empty', count: 10_000, paths: ['00000.txt', '00001.txt', '00002.txt'] },
    ]);
  });

  it('a zip bomb among texts: the archive refused whole, the texts beside it read', async () => {
    // 160 entries, each the same 2 MiB of zeros deflated to 2 KB, each claiming 1 KB: 320 MiB.
    const data = deflateSync(new Uint8Array(2 * 1024 * 1024), { level: 9 });
    const bomb = zipOfDeflated(
      Array.from({ length: 160 }, (_, i) => ({ name: `${i}.txt`, data, size: 1024 })),
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { texts, refused } = await bringEntries([
      entry('夹/炸弹.zip', bomb),
      entry('夹/正文.txt', TEXT),
    ]);
    expect(texts.map((t) => t.title)).toEqual(['正文']);
    expect(refused).toEqual([{ path: '炸弹.zip', reason: 'zip-too-big' }]);
  });

  it('a JSON-lines file with a broken line in the middle: that line named, the rest read', async () => {
    const lines = Array.from({ length: 999 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: `${TEXT}${i}` }),
    );
    lines.splice(500, 0, '{"id":"broken","text":"半行');
    const { texts, refused } = await bringEntries([entry('记录.jsonl', lines.join('\n'))]);
    expect(texts).toHaveLength(999);
    expect(texts[500]?.id).toBe('r500');
    expect(refused).toEqual([
      { path: '记录.jsonl', reason: 'record', line: 501, detail: 'not a JSON record' },
    ]);
  });

  it('files of one name in different subfolders: all kept, each named by its path', async () => {
    const { texts, refused } = await bringEntries([
      entry('县/甲/报告.txt', `${TEXT}甲`),
      entry('县/乙/报告.txt', `${TEXT}乙`),
      entry('县/甲/丙/报告.txt', `${TEXT}丙`),
      entry('县/讲话.txt', TEXT),
    ]);
    expect(refused).toEqual([]);
    expect(texts.map((t) => [t.id, t.title])).toEqual([
      ['乙/报告.txt', '乙/报告.txt'],
      ['甲/丙/报告.txt', '甲/丙/报告.txt'],
      ['甲/报告.txt', '甲/报告.txt'],
      ['讲话.txt', '讲话'],
    ]);
  });

  it('a 50 MB text is refused by its size before it is read, and a 50 MB JSON-lines file too', async () => {
    const huge = (path: string): Entry => ({
      path,
      file: {
        name: path,
        size: 50 * 1024 * 1024,
        arrayBuffer: () => Promise.reject(new Error('a file past the cap must not be read')),
      },
    });
    const { texts, refused } = await bringEntries([
      huge('大.txt'),
      huge('大.jsonl'),
      entry('小.txt', TEXT),
    ]);
    expect(texts.map((t) => t.title)).toEqual(['小']);
    expect(refused).toEqual([
      { path: '大.jsonl', reason: 'too-big' },
      { path: '大.txt', reason: 'too-big' },
    ]);
  });

  it('a record longer than a text may be is refused with its line, as a file would be', async () => {
    const long = '长'.repeat(MAX_CHARS + 1);
    const jsonl = [
      JSON.stringify({ id: 'a', text: TEXT }),
      JSON.stringify({ id: 'b', text: long }),
    ].join('\n');
    const { texts, refused } = await bringEntries([entry('r.jsonl', jsonl)]);
    expect(texts.map((t) => t.id)).toEqual(['a']);
    expect(refused).toEqual([
      { path: 'r.jsonl', reason: 'record', line: 2, detail: 'text too long (id "b")' },
    ]);
  });

  it('binary files among texts: any bytes under any name are a text or a named refusal, never a throw', async () => {
    const names = fc.constantFrom('a.txt', 'b.md', 'c.docx', 'd.zip', 'e.jsonl', 'f.png', 'g');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(names, fc.uint8Array({ maxLength: 200 })), { maxLength: 6 }),
        async (files) => {
          const entries = [
            ...files.map(([name, bytes], i) => entry(`夹/${i}/${name}`, bytes)),
            entry('夹/正文.txt', TEXT),
          ];
          const { texts, refused } = await bringEntries(entries);
          expect(texts.some((t) => t.title === '正文')).toBe(true);
          for (const [i] of files.entries()) {
            const path = `${i}/`;
            const named =
              texts.some((t) => t.id.startsWith(path)) ||
              refused.some((r) => r.path.startsWith(path));
            expect(named, `entry ${i} neither read nor refused`).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
