import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** 中文测试 in GB18030 (GBK) bytes, which are not UTF-8: the reader must detect them. */
const GB18030 = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb2, 0xe2, 0xca, 0xd4]);
const COPIED = '要把学习贯彻习近平总书记重要讲话精神同深入学习贯彻党的二十大精神紧密结合起来。';

function folder(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'duizhao-')), '县里的讲话');
  for (const sub of ['甲县', '乙县']) mkdirSync(join(root, sub), { recursive: true });
  writeFileSync(join(root, '甲县', '报告.txt'), `${COPIED}\n甲县的情况很好。`);
  // The same name in another subfolder, and the same text: an identical pair named by path.
  writeFileSync(join(root, '乙县', '报告.txt'), `${COPIED}\n甲县的情况很好。`);
  writeFileSync(join(root, '丙县讲话.txt'), Buffer.concat([GB18030, GB18030]));
  writeFileSync(join(root, '扫描件.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0x41]));
  writeFileSync(join(root, '空白.txt'), '');
  return root;
}

// These tests bring folders through the folder input, which a browser with showDirectoryPicker
// does not show (its picker's UI cannot be driven here): the picker is taken away first. The
// picker's own test below puts a fake one back.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
});

test('a folder brought is read, kept, overviewed, listed after a reload, exported and deleted; no request carries a text', async ({
  page,
}) => {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto('./');
  await page.getByLabel('选择文件夹').setInputFiles(folder());
  // The collection's page: the identical pair named, by path since both files are 报告.txt.
  await expect(page.getByRole('heading', { name: '县里的讲话' })).toBeVisible();
  await expect(page.getByText('完全相同：乙县/报告.txt ＝ 甲县/报告.txt。')).toBeVisible();
  await expect(page.getByText('扫描件.txt：二进制文件')).toBeVisible();
  await expect(page.getByText('空白.txt：空文件')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '丙县讲话' })).toBeVisible();
  await expect(page.getByText(/^3 篇，/u)).toBeVisible();

  await page.reload();
  await expect(page.getByText('完全相同：乙县/报告.txt ＝ 甲县/报告.txt。')).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  const item = page.getByRole('listitem').filter({ hasText: '县里的讲话' });
  await expect(item).toContainText('3 篇');

  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: '导出为 .jsonl' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('县里的讲话.jsonl');

  await item.getByRole('button', { name: '删除' }).click();
  await item.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByText('这个浏览器里还没有自己的文集。')).toBeVisible();

  for (const r of requests) {
    expect(r.postData(), r.url()).toBeNull();
    const url = decodeURIComponent(r.url());
    expect(url).not.toContain('甲县的情况');
    expect(url).not.toContain('学习贯彻');
  }
});

test('an exported collection is imported again as a JSON-lines file', async ({ page }) => {
  await page.goto('./');
  const lines = [
    { id: 'a', title: '甲篇', text: COPIED, series: 'a' },
    { id: 'b', title: '乙篇', text: `${COPIED}另有一句。`, series: 'b' },
  ].map((r) => JSON.stringify(r));
  await page
    .getByLabel(/选择文件/u)
    .last()
    .setInputFiles({
      name: '导出.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(`${lines[0]}\n{broken\n${lines[1]}\n`),
    });
  await expect(page.getByRole('heading', { name: '导出' })).toBeVisible();
  await expect(page.getByText('导出.jsonl：第 2 行：not a JSON record')).toBeVisible();
  await expect(page.getByText(/甲篇 ⟷ 乙篇/u)).toBeVisible();
});

test('a bring stopped after the worker kept the collection says it was kept, and lists it', async ({
  page,
}) => {
  // Regression (review): Stop terminated the worker after it had stored the collection; the
  // page said "stopped" while the collection was in the store, unlisted until a reload.
  await page.addInitScript(() => {
    const flags = window as unknown as { __held: boolean };
    flags.__held = false;
    const Base = window.Worker;
    // The collection worker's answer is held back, as if Stop came just before it.
    window.Worker = class extends Base {
      override set onmessage(listener: ((event: MessageEvent) => void) | null) {
        super.onmessage = (event: MessageEvent) => {
          if ((event.data as { type?: unknown } | null)?.type !== 'brought') listener?.(event);
          else flags.__held = true;
        };
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  });
  await page.goto('./');
  await page
    .getByLabel(/选择文件/u)
    .last()
    .setInputFiles({
      name: '停得太晚.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(JSON.stringify({ id: 'a', title: '甲篇', text: COPIED })),
    });
  await page.waitForFunction(() => (window as unknown as { __held: boolean }).__held);
  await page.getByRole('button', { name: '停止' }).click();
  await expect(page.getByRole('alert')).toContainText('已经保存');
  await expect(page.getByRole('listitem').filter({ hasText: '停得太晚' })).toContainText('1 篇');
  await page.getByRole('alert').getByRole('link', { name: '打开' }).click();
  await expect(page.getByRole('heading', { name: '停得太晚' })).toBeVisible();
});

test('a garbage collection id is said, and one not in this browser says where it lives', async ({
  page,
}) => {
  await page.goto('./?collection=<b>x');
  await expect(page.getByRole('alert')).toContainText('collection');
  await page.goto('./?collection=cnothere1');
  await expect(page.getByRole('alert')).toContainText('只保存在建立它的浏览器里');
});

test('hostile collections: a folder of 10,000 empty files is refused in one line, and a folder with a 50 MB text and a binary file keeps the rest; the collection kept before is still there', async ({
  page,
}) => {
  test.slow();
  await page.goto('./');
  await page
    .getByLabel(/选择文件/u)
    .last()
    .setInputFiles({
      name: '先前.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(JSON.stringify({ id: 'a', title: '甲篇', text: COPIED })),
    });
  await expect(page.getByRole('heading', { name: '先前' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();

  const empty = join(mkdtempSync(join(tmpdir(), 'duizhao-')), '空文件夹');
  mkdirSync(empty);
  for (let i = 0; i < 10_000; i++)
    writeFileSync(join(empty, `${String(i).padStart(5, '0')}.txt`), '');
  await page.getByLabel('选择文件夹').setInputFiles(empty);
  await expect(page.getByRole('alert')).toContainText(
    '没有读到任何文本，文集没有建立；已保存的文集都还在。未收入的 10000 个文件：空文件 10000 个（00000.txt、00001.txt、00002.txt、00003.txt、00004.txt等）',
    { timeout: 60_000 },
  );
  await expect(page.getByRole('listitem').filter({ hasText: '先前' })).toContainText('1 篇');

  const mixed = join(mkdtempSync(join(tmpdir(), 'duizhao-')), '混杂');
  mkdirSync(mixed);
  writeFileSync(join(mixed, '大.txt'), Buffer.alloc(50 * 1024 * 1024, 0x41));
  writeFileSync(join(mixed, '图.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(join(mixed, '正文.txt'), COPIED);
  await page.getByLabel('选择文件夹').setInputFiles(mixed);
  await expect(page.getByRole('heading', { name: '混杂' })).toBeVisible();
  await expect(page.getByText('大.txt：文件太大')).toBeVisible();
  await expect(page.getByText('图.txt：二进制文件')).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '先前' })).toContainText('1 篇');
  await expect(page.getByRole('listitem').filter({ hasText: '混杂' })).toContainText('1 篇');
});

test('a folder through showDirectoryPicker alone where the browser has it; without it, the folder input alone', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // The picker's UI cannot be driven here: a fake one hands over a folder of two files.
    const file = (name: string, text: string) => ({
      kind: 'file',
      name,
      getFile: () => Promise.resolve(new File([text], name, { type: 'text/plain' })),
    });
    const folder = {
      kind: 'directory',
      name: '选来的文件夹',
      async *values() {
        await Promise.resolve();
        yield file('一.txt', '要把学习贯彻习近平总书记重要讲话精神同深入学习结合起来。');
        yield {
          kind: 'directory',
          name: '子',
          async *values() {
            await Promise.resolve();
            yield file('二.txt', '要把学习贯彻习近平总书记重要讲话精神同深入学习结合起来。');
          },
        };
      },
    };
    Object.assign(window, { showDirectoryPicker: () => Promise.resolve(folder) });
  });
  await page.goto('./');
  // One folder control, not two (issue 24): the picker's button alone, where the browser has it.
  await expect(page.getByLabel('选择文件夹', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '选择文件夹（以后可重新读取）' }).click();
  await expect(page.getByRole('heading', { name: '选来的文件夹' })).toBeVisible();
  await expect(page.getByText('完全相同：一 ＝ 二。')).toBeVisible();
  // A fake handle cannot be kept (it is no real one): the texts are kept without it.
  await page.getByRole('link', { name: '回到首页' }).click();
  const item = page.getByRole('listitem').filter({ hasText: '选来的文件夹' });
  await expect(item).toContainText('2 篇');
  await expect(item.getByRole('button', { name: '重新读取文件夹' })).toHaveCount(0);

  const plain = await page.context().newPage();
  await plain.addInitScript(() => {
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
  await plain.goto('./');
  await expect(plain.getByLabel('选择文件夹', { exact: true })).toBeVisible();
  await expect(plain.getByRole('button', { name: '选择文件夹（以后可重新读取）' })).toHaveCount(0);
});
