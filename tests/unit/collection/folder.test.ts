import { expect, it } from 'vitest';
import { bringEntries } from '../../../src/lib/collection/bring.ts';
import {
  entriesOfDirectory,
  type DirectoryLike,
  type FileHandleLike,
} from '../../../src/lib/collection/folder.ts';

const fileHandle = (name: string, text: string): FileHandleLike => {
  const bytes = new TextEncoder().encode(text);
  return {
    kind: 'file',
    name,
    getFile: () =>
      Promise.resolve({
        name,
        size: bytes.length,
        arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
      }),
  };
};
const directory = (name: string, children: (FileHandleLike | DirectoryLike)[]): DirectoryLike => ({
  kind: 'directory',
  name,
  async *values() {
    for (const child of children) {
      await Promise.resolve();
      yield child;
    }
  },
});

it('reads a chosen folder and its subfolders as <input webkitdirectory> gives them', async () => {
  const folder = directory('县里的讲话', [
    directory('甲县', [fileHandle('报告.txt', '甲县的报告')]),
    directory('乙县', [fileHandle('报告.txt', '乙县的报告'), directory('空', [])]),
    fileHandle('丙县讲话.txt', '丙县的讲话'),
  ]);
  const entries = await entriesOfDirectory(folder);
  expect(entries.map((e) => e.path)).toEqual([
    '县里的讲话/甲县/报告.txt',
    '县里的讲话/乙县/报告.txt',
    '县里的讲话/丙县讲话.txt',
  ]);
  // Then read as any folder is: the chosen folder's name dropped, same names told apart.
  const { texts } = await bringEntries(entries);
  expect(texts.map((t) => [t.title, t.paragraphs])).toEqual([
    ['丙县讲话', ['丙县的讲话']],
    ['乙县/报告.txt', ['乙县的报告']],
    ['甲县/报告.txt', ['甲县的报告']],
  ]);
});
