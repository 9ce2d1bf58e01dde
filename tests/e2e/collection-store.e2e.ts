import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

// Issue 24 item 6: the store's version 2 keeps a collection as its head and its texts packed.
// A collection kept by version 1 (each text an object of paragraph strings) is rewritten by the
// upgrade and works as before: listed, its page, its texts, its export.

const SHARED = '要把学习贯彻习近平总书记重要讲话精神同深入学习贯彻党的二十大精神紧密结合起来。';
const OWN = '甲篇自己的话𠮷，\u2028行内分隔。';
const ITEMS = [
  { id: '甲.txt', title: '甲篇', paragraphs: [SHARED, OWN], series: '甲', date: '2023' },
  { id: '乙.txt', title: '乙篇', paragraphs: [SHARED] },
  { id: '空.txt', title: '空篇', paragraphs: [''] },
];

test('a collection kept by the store’s version 1 is upgraded and opens, lists and exports as before', async ({
  page,
}) => {
  // Version 1, written as it was, before the app's first script: the browser opens a database's
  // versions in the order asked, so the app's version 2 upgrades what version 1 wrote.
  await page.addInitScript((items) => {
    if (sessionStorage.getItem('version1')) return;
    sessionStorage.setItem('version1', 'made');
    const open = indexedDB.open('duizhao-collections', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('summaries', { keyPath: 'id' });
      open.result.createObjectStore('collections', { keyPath: 'id' });
      const tx = open.transaction!;
      const summary = { id: 'cold1234', name: '旧文集', created: 1, texts: 3, chars: 99 };
      const refused = [{ path: '坏.bin', reason: 'binary' }];
      tx.objectStore('summaries').put(summary);
      tx.objectStore('collections').put({ ...summary, items, refused });
    };
    open.onsuccess = () => open.result.close();
  }, ITEMS);

  await page.goto('./?collection=cold1234');
  await expect(page.getByRole('heading', { name: '旧文集' })).toBeVisible();
  await expect(page.getByText(/甲篇 ⟷ 乙篇/u)).toBeVisible();
  await expect(page.getByText('坏.bin：二进制文件')).toBeVisible();
  expect(
    await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('duizhao-collections');
          open.onsuccess = () => {
            resolve(open.result.version);
            open.result.close();
          };
        }),
    ),
  ).toBe(2);

  await page.getByRole('link', { name: '甲篇：单篇' }).click();
  await expect(page.getByText('甲篇自己的话𠮷')).toBeVisible();

  await page.goto('./');
  const item = page.getByRole('listitem').filter({ hasText: '旧文集' });
  await expect(item).toContainText('3 篇');
  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: '导出为 .jsonl' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split('\n');
  expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
    { id: '甲.txt', title: '甲篇', text: `${SHARED}\n${OWN}`, series: '甲', date: '2023' },
    { id: '乙.txt', title: '乙篇', text: SHARED, series: '乙.txt' },
    { id: '空.txt', title: '空篇', text: '', series: '空.txt' },
  ]);
});
