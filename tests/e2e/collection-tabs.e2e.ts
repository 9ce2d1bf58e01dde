import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Issue 24 (store3): what the collections' store does beside other tabs and when it cannot keep
// something: the folder's handle kept with the collection or said not to be, an older tab that
// holds the store open, a newer tab that takes it over, and a full quota. Nothing kept is lost.

const SHARED = '要把学习贯彻习近平总书记重要讲话精神同深入学习贯彻党的二十大精神紧密结合起来。';

/** Brings one JSON-lines file of `texts` records, named `name`, and waits for its page. */
async function bringRecords(page: Page, name: string, texts: string[]) {
  await page
    .getByLabel(/选择文件/u)
    .last()
    .setInputFiles({
      name: `${name}.jsonl`,
      mimeType: 'application/jsonl',
      buffer: Buffer.from(
        texts.map((text, i) => JSON.stringify({ id: `t${i}`, title: `第${i}篇`, text })).join('\n'),
      ),
    });
}

/** A picker handing over a folder in this origin's private file system: a real handle. */
async function realFolderPicker(page: Page) {
  await page.addInitScript((shared) => {
    Object.assign(window, {
      async showDirectoryPicker() {
        const root = await navigator.storage.getDirectory();
        const folder = await root.getDirectoryHandle('真的文件夹', { create: true });
        for (const name of ['一.txt', '二.txt']) {
          const file = await folder.getFileHandle(name, { create: true });
          const writable = await file.createWritable();
          await writable.write(shared);
          await writable.close();
        }
        return folder;
      },
    });
  }, SHARED);
}

test('a real folder handle is kept in the collection’s own transaction: the page failing to write changes nothing, and the folder is read again', async ({
  page,
}) => {
  await realFolderPicker(page);
  // The page's own writes fail (as a second transaction after the collection could): the
  // handle must not depend on one. The worker that reads the folder keeps it.
  await page.addInitScript(() => {
    const proto = IDBDatabase.prototype;
    const transaction = Reflect.get<IDBDatabase, 'transaction'>(proto, 'transaction');
    proto.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      if (args[1] === 'readwrite')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return transaction.apply(this, args);
    } as typeof transaction;
  });
  await page.goto('./');
  await page.getByRole('button', { name: '选择文件夹（以后可重新读取）' }).click();
  await expect(page.getByRole('heading', { name: '真的文件夹' })).toBeVisible();
  await expect(page.getByText('完全相同：一 ＝ 二。')).toBeVisible();
  await expect(page.getByText(/文件夹没有和文集一起保存/u)).toHaveCount(0);
  await page.getByRole('link', { name: '回到首页' }).click();
  const item = page.getByRole('listitem').filter({ hasText: '真的文件夹' });
  await expect(item).toContainText('2 篇');
  await item.getByRole('button', { name: '重新读取文件夹' }).click();
  await expect(item.getByRole('status')).toHaveText('已重新读取：2 篇。');
});

test('a folder whose handle this browser cannot keep is kept without it, and its page says so', async ({
  page,
}) => {
  await page.addInitScript((shared) => {
    // No real handle (a fake with functions): it cannot be copied, so it cannot be kept.
    const folder = {
      kind: 'directory',
      name: '假的文件夹',
      async *values() {
        await Promise.resolve();
        for (const name of ['一.txt', '二.txt'])
          yield { kind: 'file', name, getFile: () => Promise.resolve(new File([shared], name)) };
      },
    };
    Object.assign(window, { showDirectoryPicker: () => Promise.resolve(folder) });
  }, SHARED);
  await page.goto('./');
  await page.getByRole('button', { name: '选择文件夹（以后可重新读取）' }).click();
  await expect(page.getByRole('heading', { name: '假的文件夹' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '文件夹没有和文集一起保存' }),
  ).toContainText('以后不能“重新读取文件夹”');
  await page.getByRole('link', { name: '回到首页' }).click();
  const item = page.getByRole('listitem').filter({ hasText: '假的文件夹' });
  await expect(item).toContainText('2 篇');
  await expect(item.getByRole('button', { name: '重新读取文件夹' })).toHaveCount(0);
});

test('a newer tab upgrading the store: this tab lets go, says to reload, and the newer one finds every collection', async ({
  page,
}) => {
  await page.goto('./');
  await bringRecords(page, '先前', [SHARED, `${SHARED}另有一句。`]);
  await expect(page.getByRole('heading', { name: '先前' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '先前' })).toContainText('2 篇');

  // A newer version of the site in another tab of the same browser (the store's next version).
  const newer = await page.context().newPage();
  await newer.goto('./corpus.json');
  const names = await newer.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('duizhao-collections', 3);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result.transaction('summaries').objectStore('summaries').getAll();
          request.onsuccess = () => {
            resolve((request.result as { name: string }[]).map((s) => s.name));
            open.result.close();
          };
        };
      }),
  );
  expect(names).toEqual(['先前']);
  await expect(page.getByRole('alert')).toContainText(
    '另一个标签页打开了本站较新的版本，文集的存储已交给它：请重新载入本页。',
  );
  // What was shown stays; what the store cannot do now says why rather than "private window".
  const item = page.getByRole('listitem').filter({ hasText: '先前' });
  await item.getByRole('button', { name: '改名' }).click();
  await item.getByLabel('“先前”的新名称').fill('新名字');
  await item.getByRole('button', { name: '确定' }).click();
  await expect(item.getByRole('alert')).toContainText('请重新载入本页');
  await newer.close();
});

test('an older tab holding the store open: this one says it waits, then lists what the older one kept', async ({
  page,
}) => {
  const older = await page.context().newPage();
  await older.goto('./corpus.json');
  // The store's version 1, held open by a tab that never lets go by itself (the old code did not).
  await older.evaluate(
    (shared) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('duizhao-collections', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('summaries', { keyPath: 'id' });
          open.result.createObjectStore('collections', { keyPath: 'id' });
          const tx = open.transaction!;
          const summary = { id: 'cold1234', name: '旧文集', created: 1, texts: 1, chars: 40 };
          const items = [{ id: '甲.txt', title: '甲篇', paragraphs: [shared] }];
          tx.objectStore('summaries').put(summary);
          tx.objectStore('collections').put({ ...summary, items, refused: [] });
        };
        open.onsuccess = () => {
          Object.assign(window, { heldOpen: open.result });
          resolve();
        };
      }),
    SHARED,
  );

  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: '较早的版本' })).toContainText(
    '要等它关闭或重新载入',
  );
  await expect(page.getByText('这个浏览器里还没有自己的文集。')).toHaveCount(0);
  await older.evaluate(() => (window as unknown as { heldOpen: IDBDatabase }).heldOpen.close());
  await expect(page.getByRole('listitem').filter({ hasText: '旧文集' })).toContainText('1 篇');
  await expect(page.getByText(/较早的版本/u)).toHaveCount(0);
  await older.close();
});

/**
 * The store full for any texts holding `marker`: the collection worker's script is served with a
 * stub before it that refuses their write with QuotaExceededError (a worker runs no init script).
 */
async function fullFor(page: Page, marker: string) {
  await page.route('**/assets/collection.worker-*.js', async (route) => {
    const served = await route.fetch();
    const stub = `{
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (this.name === 'texts' && JSON.stringify(value).includes(${JSON.stringify(marker)}))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    }\n`;
    await route.fulfill({ response: served, body: stub + (await served.text()) });
  });
}

test('a full quota while a collection is kept: said in words, the collection kept before intact, the new one readable on the page', async ({
  page,
}) => {
  await fullFor(page, '放不下');
  await page.goto('./');
  await bringRecords(page, '先前', [SHARED, `${SHARED}另有一句。`]);
  await expect(page.getByRole('heading', { name: '先前' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '先前' })).toContainText('2 篇');

  await bringRecords(page, '新的', [`${SHARED}放不下。`, SHARED]);
  const alert = page.getByRole('alert').filter({ hasText: '存储空间已满' });
  await expect(alert).toContainText('文集没有保存；已保存的文集都还在');
  const opened = page.url();
  await alert.getByRole('link', { name: '打开' }).click();
  await expect(page.getByRole('heading', { name: '新的' })).toBeVisible();
  const id = new URL(page.url()).searchParams.get('collection');

  // Nothing of the new one was kept, not its head alone either; the old one is whole.
  await page.goto(`./?collection=${id}`);
  await expect(page.getByRole('alert')).toContainText('只保存在建立它的浏览器里');
  await page.goto(opened);
  await expect(page.getByRole('listitem').filter({ hasText: '先前' })).toContainText('2 篇');
  await expect(page.getByRole('listitem').filter({ hasText: '新的' })).toHaveCount(0);
  await page.getByRole('link', { name: '先前' }).click();
  await expect(page.getByText(/第0篇 ⟷ 第1篇/u)).toBeVisible();
});

test('a full quota while a folder is read again: said in words, and the collection stays as it was', async ({
  page,
}) => {
  await realFolderPicker(page);
  await fullFor(page, '放不下');
  await page.goto('./');
  await page.getByRole('button', { name: '选择文件夹（以后可重新读取）' }).click();
  await expect(page.getByText('完全相同：一 ＝ 二。')).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();

  // A third file in the folder, whose texts the full store cannot take.
  await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('真的文件夹');
    const writable = await (
      await folder.getFileHandle('三.txt', { create: true })
    ).createWritable();
    await writable.write('放不下的第三篇。');
    await writable.close();
  });
  const item = page.getByRole('listitem').filter({ hasText: '真的文件夹' });
  await item.getByRole('button', { name: '重新读取文件夹' }).click();
  await expect(item.getByRole('alert')).toContainText('浏览器的存储空间已满');

  await page.reload();
  await expect(item).toContainText('2 篇');
  await item.getByRole('link', { name: '真的文件夹' }).click();
  await expect(page.getByRole('heading', { name: '篇目（2）' })).toBeVisible();
  await expect(page.getByText('完全相同：一 ＝ 二。')).toBeVisible();
});
