// `npm run site` on a large collection (60 synthetic texts): only the most similar pairs are
// prerendered; any other pair's address opens and is compared in the browser. And on the bundled
// collection with passim's output read in (the fixtures of tests/unit/passim/bundled).
import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pickerLine } from '../../src/lib/corpus/pick.ts';
import { syntheticCorpus } from '../fixtures/synthetic.ts';
import { expect, paneTexts, test } from './fixtures.ts';

interface Built {
  speeches: { label: string; paragraphs: string[] }[];
}

// Its own port: prerender.e2e.ts takes E2E_PORT + 1.
const port = Number(process.env.E2E_PORT ?? 20_000) + 2;
const origin = `http://127.0.0.1:${port}`;
let dir = '';
let server: ChildProcess | undefined;

// Each collection's tests share its site, built once: they run in order, in one worker; the two
// collections in two (each builds a site, on ports and in folders of its own).
test.describe('a large collection', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    dir = mkdtempSync(join(tmpdir(), 'duizhao-site-e2e-'));
    const bundled = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as Built & {
      speeches: { number: number; paragraphs: string[] }[];
    };
    const texts = syntheticCorpus(bundled.speeches, 60, 7);
    const records = texts.map((t) =>
      JSON.stringify({
        id: `t${t.number}`,
        title: `第${t.number}篇`,
        text: t.paragraphs.join('\n'),
      }),
    );
    writeFileSync(join(dir, 'sixty.jsonl'), `${records.join('\n')}\n`);
    execFileSync(
      process.execPath,
      ['tools/run.js', 'tools/build/site.ts', join(dir, 'sixty.jsonl'), '--out', join(dir, 'out')],
      { stdio: 'ignore' },
    );
    server = spawn(
      'npx',
      ['vite', 'preview', '--outDir', join(dir, 'out'), '--port', String(port), '--strictPort'],
      { stdio: 'ignore', detached: true },
    );
    await expect(async () => {
      const response = await fetch(`${origin}/`);
      expect(response.ok).toBe(true);
    }).toPass({ timeout: 60_000 });
  });

  test.afterAll(() => {
    try {
      if (server?.pid) process.kill(-server.pid);
    } catch {
      // ESRCH: gone already.
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const built = () => JSON.parse(readFileSync(join(dir, 'out/corpus.json'), 'utf8')) as Built;
  const planned = () =>
    Object.keys(
      (JSON.parse(readFileSync(join(dir, 'out/plans.json'), 'utf8')) as { pairs: object }).pairs,
    );

  test('the overview lists the most similar pairs, and says the others are compared on opening', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await expect(page.getByText(/1770 对中只列出最相似的 \d+ 对/u)).toBeVisible();
    // Each listed pair is one whose page was prerendered.
    const listed = await page
      .getByRole('table')
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replaceAll('/', '')),
      );
    expect(listed.length).toBeGreaterThan(0);
    for (const pair of listed) expect(planned()).toContain(pair);
    await context.close();
  });

  test('its pickers are text boxes suggesting at most 50 lines as a person types: a number, a line, or a notice', async ({
    browser,
  }) => {
    const speeches = built().speeches;
    const pair = planned()[0]!;
    const [a, b] = pair.split('-').map(Number) as [number, number];
    // The prerendered page does not list every text twice: no <select>, no <option>.
    const html = readFileSync(join(dir, 'out', pair, 'index.html'), 'utf8');
    expect(html).not.toContain('<option');
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/${pair}/`);
    const left = page.getByRole('combobox', { name: '左栏（A）' });
    const right = page.getByRole('combobox', { name: '右栏（B）' });
    await expect(left).toHaveValue(pickerLine(speeches[a - 1]!));
    await expect(right).toHaveValue(pickerLine(speeches[b - 1]!));
    // Nothing listed until a box is used; focused, the first 50 texts' lines and a person's own
    // text (not all 60: a collection of 10,000 made 10,000 options); typed, the lines that fit.
    await expect(page.locator('datalist option')).toHaveCount(0);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.live !== undefined);
    const suggested = page.locator(`datalist[id="${await left.getAttribute('list')}"] option`);
    await left.focus();
    await expect(suggested).toHaveCount(50 + 1);
    await expect(suggested.first()).toHaveAttribute('value', pickerLine(speeches[0]!));
    await left.fill('第5');
    const fit = speeches.filter((s) => pickerLine(s).includes('第5')).map(pickerLine);
    expect(fit.length).toBeLessThan(50);
    await expect(suggested).toHaveCount(fit.length + 1);
    await expect(suggested.first()).toHaveAttribute('value', fit[0]!);
    await left.fill(pickerLine(speeches[a - 1]!));
    await left.blur();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page }).include('.picker').analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id)).toEqual([]);
    }
    // A number typed, by keyboard alone.
    const [x, y] = [1, 2, 3, 4, 5].filter((n) => n !== a && n !== b) as [number, number];
    await left.fill(String(x));
    await left.press('Enter');
    await expect(page).toHaveURL(`${origin}/${x}-${b}/`);
    await expect(left).toHaveValue(pickerLine(speeches[x - 1]!));
    await expect.poll(() => paneTexts(page, 'a')).toEqual(speeches[x - 1]!.paragraphs);
    // What fits no text changes nothing, and says so.
    await right.fill('不在任何一篇里');
    await right.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: '没有与“不在任何一篇里”相符的篇目' }),
    ).toBeVisible();
    await expect(page).toHaveURL(`${origin}/${x}-${b}/`);
    await expect(right).toHaveValue(pickerLine(speeches[b - 1]!));
    // The notice is of that box's last try: a choice made elsewhere (swap) takes it away.
    const swap = page.getByRole('button', { name: '交换' });
    await swap.click();
    await expect(page).toHaveURL(`${origin}/${b}-${x}/`);
    await expect(page.getByRole('status').filter({ hasText: '相符' })).toHaveCount(0);
    await swap.click();
    await expect(page).toHaveURL(`${origin}/${x}-${b}/`);
    await right.fill('不在任何一篇里');
    await right.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '相符' })).toHaveCount(1);
    // A line of the list, as choosing it puts it in the box.
    await right.fill(pickerLine(speeches[y - 1]!));
    await right.press('Enter');
    await expect(page).toHaveURL(`${origin}/${x}-${y}/`);
    await expect.poll(() => paneTexts(page, 'b')).toEqual(speeches[y - 1]!.paragraphs);
    await expect(page.getByRole('status').filter({ hasText: '相符' })).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a pair that was not prerendered opens at its address and is compared in the browser', async ({
    browser,
  }) => {
    const plans = new Set(planned());
    const pair = [2, 3, 4, 5, 6, 7, 8]
      .map((b) => `1-${b}`)
      .find((key) => !plans.has(key) && !existsSync(join(dir, 'out', key)));
    expect(pair).toBeDefined();
    // A static host answers an address with no page with 404.html: the app, which draws the pair.
    expect(existsSync(join(dir, 'out/404.html'))).toBe(true);
    const [a, b] = pair!.split('-').map(Number) as [number, number];
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/${pair}/`);
    await expect(page).toHaveURL(`${origin}/${pair}/`);
    await expect(page.locator('[data-side="a"] del').first()).toBeVisible();
    const speeches = built().speeches;
    await expect.poll(() => paneTexts(page, 'a')).toEqual(speeches[a - 1]!.paragraphs);
    await expect.poll(() => paneTexts(page, 'b')).toEqual(speeches[b - 1]!.paragraphs);
    await expect(page.getByRole('alert')).toHaveCount(0);
    // A text's own page is not prerendered either, and opens at its address.
    await page.goto(`${origin}/${b}/`);
    const opening = speeches[b - 1]!.paragraphs[0]!.slice(0, 12);
    await expect(page.locator('p').filter({ hasText: opening }).first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test.describe("with passim's output read in", () => {
  test.describe.configure({ mode: 'serial' });

  const passimPort = port + 1;
  const passimOrigin = `http://127.0.0.1:${passimPort}`;
  let passimDir = '';
  let passimServer: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    passimDir = mkdtempSync(join(tmpdir(), 'duizhao-passim-e2e-'));
    execFileSync(
      process.execPath,
      [
        'tools/run.js',
        'tools/build/site.ts',
        '--import-passim',
        'tests/unit/passim/bundled',
        '--out',
        join(passimDir, 'out'),
      ],
      { stdio: 'ignore' },
    );
    passimServer = spawn(
      'npx',
      ['vite', 'preview', '--outDir', join(passimDir, 'out'), '--port', String(passimPort)],
      { stdio: 'ignore', detached: true },
    );
    await expect(async () => {
      expect((await fetch(`${passimOrigin}/`)).ok).toBe(true);
    }).toPass({ timeout: 60_000 });
  });

  test.afterAll(() => {
    try {
      if (passimServer?.pid) process.kill(-passimServer.pid);
    } catch {
      // ESRCH: gone already.
    }
    if (passimDir) rmSync(passimDir, { recursive: true, force: true });
  });

  test("the overview shows passim's pairs and passages, said to be found by passim", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${passimOrigin}/`);
    const found = page.getByRole('region', { name: 'passim 找到的复用' });
    await expect(found).toBeVisible();
    await expect(found.getByText(/由 passim.*找到.*涉及 14 对篇目/u)).toBeVisible();
    // The same 14 pairs as the index's (README, "passim and the index"): all but 3-6's twin 6-3.
    await expect(found.locator('.pairs').getByRole('link')).toHaveCount(14);
    await expect(
      found.getByText('对于进一步动员全国人民更加紧密团结在', { exact: false }).first(),
    ).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page }).include('.passim').analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id)).toEqual([]);
    }
    await found.locator('.pairs').getByRole('link', { name: '（一）与（二）' }).click();
    await expect(page).toHaveURL(`${passimOrigin}/1-2/`);
    await context.close();
  });
});
