import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { docxOf } from '../fixtures/docx.ts';
import { compare, expect, paneTexts, test } from './fixtures.ts';

/** Files whose reading froze the tab, each refused or shown without it (issue 22, items 1-2). */

const textA = (page: Page) => page.getByRole('textbox', { name: '文本 A' });
const textB = (page: Page) => page.getByRole('textbox', { name: '文本 B' });
const pickA = (page: Page) => page.locator('input[type=file]').first();

test('a docx that lies about its size is refused by name; the text entered stays', async ({
  page,
}) => {
  await page.goto('/?own=a,b');
  await textA(page).fill('原有的文字');
  // Its headers say 1,000 bytes; it unpacks to 72 MB, past the 64 MB a document may have.
  const bomb = docxOf('<w:p><w:r><w:t>字</w:t></w:r></w:p>', 2_000_000, 1_000);
  await pickA(page).setInputFiles({ name: '炸弹.docx', mimeType: '', buffer: Buffer.from(bomb) });
  await expect(page.getByRole('alert')).toContainText(
    '没有读入 炸弹.docx：Word 文件解压后超过 64 MB，不像一篇文章',
  );
  await expect(textA(page)).toHaveValue('原有的文字');
  // One that tells the truth is read whole.
  const honest = docxOf('<w:p><w:r><w:t>学习两会精神</w:t></w:r></w:p>', 3);
  await pickA(page).setInputFiles({ name: '讲话.docx', mimeType: '', buffer: Buffer.from(honest) });
  await expect(page.getByText('已读入 讲话.docx（Word）')).toBeVisible();
  await expect(textA(page)).toHaveValue('学习两会精神\n学习两会精神\n学习两会精神');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a text over the limit is refused by name before it reaches the text area', async ({
  page,
}) => {
  await page.goto('/?own=a,b');
  await textB(page).fill('原有的文字');
  const long = Buffer.from('字'.repeat(1_000_001), 'utf8');
  await page
    .locator('input[type=file]')
    .nth(1)
    .setInputFiles({ name: '太长.txt', mimeType: 'text/plain', buffer: long });
  await expect(page.getByRole('alert')).toHaveText(
    '没有读入 太长.txt：它有 1000001 字，超过每栏 1000000 字的上限。原有文字保持不变。',
  );
  await expect(textB(page)).toHaveValue('原有的文字');
});

test('a file of many lines is previewed with its counts, compared whole, edited on request', async ({
  page,
}) => {
  await page.goto('/?own=a,b');
  const lines = Array.from({ length: 6_000 }, (_, i) => `第${i + 1}行`);
  const text = `${lines.join('\n')}\n`;
  const chars = lines.join('').length;
  await pickA(page).setInputFiles({
    name: '多行.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByText('已读入 多行.txt（UTF-8）')).toBeVisible();
  const preview = page.getByRole('group', { name: '文本 A' });
  await expect(preview).toContainText(`文本 A 共 ${chars} 字、6000 行，太长，没有放进文本框`);
  await expect(preview).toContainText('第1行');
  await expect(textA(page)).toHaveCount(0);
  // The comparison uses the whole text.
  await textB(page).fill('第1行\n第2行改');
  await compare(page).click();
  await expect.poll(() => paneTexts(page, 'b')).toEqual(['第1行', '第2行改']);
  await expect.poll(async () => (await paneTexts(page, 'a')).length).toBe(6_000);
  expect((await paneTexts(page, 'a')).at(-1)).toBe('第6000行');
  // 编辑 puts the whole text in the text area, which gets the focus.
  await preview.getByRole('button', { name: /在文本框中编辑全文/ }).click();
  await expect(textA(page)).toBeFocused();
  await expect(textA(page)).toHaveValue(text);
});

test('when the reader cannot load, a note beside the text area names the file', async ({
  page,
}) => {
  let fail = true;
  // The code that reads a Word file: the file worker (once the docx chunk of the page).
  await page.route(/\/assets\/(file\.worker|docx)-[^/]*\.js$/u, (route) =>
    fail ? route.abort() : route.fallback(),
  );
  await page.goto('/?own=a,b');
  const word = {
    name: '讲话.docx',
    mimeType: '',
    buffer: Buffer.from(docxOf('<w:p><w:r><w:t>学习两会精神</w:t></w:r></w:p>', 1)),
  };
  await pickA(page).setInputFiles(word);
  await expect(page.getByRole('alert')).toContainText('没有读入 讲话.docx：读文件的后台程序');
  await expect(textA(page)).toHaveValue('');
  // Picked again once it can load, it is read.
  fail = false;
  await pickA(page).setInputFiles(word);
  await expect(textA(page)).toHaveValue('学习两会精神');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // No uncaught error and no console error: the page's watch (fixtures.ts) fails the test on one.
});

test('reading a file says so after half a second and can be stopped', async ({ page }) => {
  // The reader's script is held back until the test lets it go: the reading cannot end first.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/file.worker-*.js', async (route) => {
    await held;
    await route.fallback().catch(() => {});
  });
  await page.goto('/?own=a,b');
  await textA(page).fill('原有的文字');
  await pickA(page).setInputFiles({
    name: '讲话.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('学习两会精神', 'utf8'),
  });
  await expect(page.getByRole('status').filter({ hasText: '正在读入 讲话.txt' })).toBeVisible();
  await page.getByRole('button', { name: '取消读入' }).click();
  await expect(page.getByText('已取消读入 讲话.txt。原有文字保持不变。')).toBeVisible();
  await expect(page.getByRole('button', { name: '取消读入' })).toHaveCount(0);
  await expect(textA(page)).toHaveValue('原有的文字');
  release();
  // A file picked after is read, by a new reader.
  await pickA(page).setInputFiles({
    name: '讲话.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('学习两会精神', 'utf8'),
  });
  await expect(textA(page)).toHaveValue('学习两会精神');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious in a preview and a refusal, ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?own=a,b');
    await pickA(page).setInputFiles({
      name: '多行.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('字\n'.repeat(5_001), 'utf8'),
    });
    await expect(page.getByRole('group', { name: '文本 A' })).toContainText('5001 行');
    await page
      .locator('input[type=file]')
      .nth(1)
      .setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    await expect(page.getByRole('alert')).toContainText('没有读入 x.pdf');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
