import { zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { bringEntries, nameTexts, withoutCommonFolder } from '../../../src/lib/collection/bring.ts';
import { unzipEntries } from '../../../src/lib/collection/zip.ts';
import { findingsOf } from '../../../src/lib/collection/findings.ts';
import { buildIndex } from '../../../src/lib/index/index.ts';

const file = (name: string, bytes: Uint8Array | string) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, arrayBuffer: () => Promise.resolve(data.slice().buffer) };
};
const entry = (path: string, bytes: Uint8Array | string) => ({
  path,
  file: file(path.slice(path.lastIndexOf('/') + 1), bytes),
});
/** 中文测试 in GB18030 bytes. */
const GB18030 = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xb2, 0xe2, 0xca, 0xd4]);

it('names texts by file name, and by path where two files share a name', () => {
  const found = [
    { id: '甲/报告.txt', title: null, paragraphs: ['一'] },
    { id: '乙/报告.txt', title: null, paragraphs: ['二'] },
    { id: '丙/讲话.md', title: null, paragraphs: ['三'] },
    { id: '丙/讲话.md', title: '记录', paragraphs: ['四'] },
  ];
  expect(nameTexts(found).map((t) => [t.id, t.title])).toEqual([
    ['甲/报告.txt', '甲/报告.txt'],
    ['乙/报告.txt', '乙/报告.txt'],
    ['丙/讲话.md', '讲话'],
    ['丙/讲话.md (2)', '记录'],
  ]);
});

it('drops the chosen folder from the paths, and only a folder all of them are in', () => {
  expect(withoutCommonFolder(['县/甲/a.txt', '县/b.txt'])).toEqual(['甲/a.txt', 'b.txt']);
  expect(withoutCommonFolder(['县/a.txt', '市/b.txt'])).toEqual(['县/a.txt', '市/b.txt']);
  expect(withoutCommonFolder(['a.txt'])).toEqual(['a.txt']);
});

it('reads mixed encodings and names each refused file with its reason', async () => {
  const { texts, refused } = await bringEntries([
    entry('县/乙.txt', GB18030),
    entry('县/甲.txt', '\uFEFF第一段\r\n\r\n第二段'),
    entry('县/扫描.txt', new Uint8Array([0, 1, 2, 0])),
    entry('县/空.txt', ''),
    entry('县/图.png', 'x'),
    entry('县/坏.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8])),
  ]);
  expect(texts).toEqual([
    { id: '乙.txt', title: '乙', paragraphs: ['中文测试'] },
    { id: '甲.txt', title: '甲', paragraphs: ['第一段', '第二段'] },
  ]);
  expect(refused.map((r) => [r.path, r.reason])).toEqual([
    ['图.png', 'type'],
    ['坏.txt', 'encoding'],
    ['扫描.txt', 'binary'],
    ['空.txt', 'empty'],
  ]);
});

it('reads a zip, a JSON-lines file with a broken line, and one file with headings', async () => {
  const zip = zipSync({ 'a/一.txt': new TextEncoder().encode('一'), 'b/一.txt': GB18030 });
  const fromZip = await bringEntries([entry('包.zip', zip), entry('x.txt', '三')]);
  expect(fromZip.texts.map((t) => t.title)).toEqual(['x', '包.zip/a/一.txt', '包.zip/b/一.txt']);
  const jsonl = '{"id":"a","text":"甲","title":"甲篇"}\n{oops\n{"id":"b","text":"乙"}\n';
  const records = await bringEntries([entry('r.jsonl', jsonl)]);
  expect(records.texts.map((t) => [t.id, t.title])).toEqual([
    ['a', '甲篇'],
    ['b', 'b'],
  ]);
  expect(records.refused).toEqual([
    { path: 'r.jsonl', reason: 'record', line: 2, detail: 'not a JSON record' },
  ]);
  const headed = await bringEntries([entry('集.txt', '文集\n（一）\n甲\n（二）\n乙\n')]);
  expect(headed.texts.map((t) => [t.title, t.paragraphs])).toEqual([
    ['文集（一）', ['甲']],
    ['文集（二）', ['乙']],
  ]);
});

it('refuses a zip bomb whole, by the bytes it gives, and a broken zip', () => {
  const bomb = zipSync({ 'big.txt': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
  expect(bomb.length).toBeLessThan(64 * 1024);
  expect(unzipEntries(bomb, 1024 * 1024)).toEqual({ ok: false, reason: 'zip-too-big' });
  expect(unzipEntries(bomb.subarray(0, bomb.length >> 1))).toEqual({ ok: false, reason: 'zip' });
});

it('finds identical groups and ranks pairs by shared text', () => {
  const copied = '要把学习贯彻习近平总书记重要讲话精神同深入学习结合起来';
  const texts = [
    [copied, '甲'],
    ['无关的一段话而已'],
    [copied, '甲'],
    [`${copied.slice(0, 14)}乙`],
  ];
  const index = buildIndex(
    texts.map((paragraphs) => ({ paragraphs })),
    { minRun: 12 },
  )!;
  const findings = findingsOf(index);
  expect(findings.identical).toEqual([[0, 2]]);
  expect(findings.near).toEqual([]);
  expect(findings.pairs.map((p) => [p.a, p.b, Math.max(p.sharedA, p.sharedB)])).toEqual([
    // 甲 is under K: the paragraphs' runs, not the texts, are what is counted.
    [0, 2, copied.length],
    [0, 3, 14],
    [2, 3, 14],
  ]);
  expect(findings.pairCount).toBe(3);
});
