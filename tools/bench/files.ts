// The longest main-thread task while a person's file is read into 文本 A (issue 22: a lying .docx
// froze the tab for seconds, a text of 1.69 M lines for a minute). Figures, not a test.
import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxOf } from '../../tests/fixtures/docx.ts';

const RUNS = 3;

/** The hostile and the big files, made on disk (Playwright sends a path as the browser would). */
function files(dir: string): [name: string, what: string, outcome: 'alert' | 'read'][] {
  // A document that says it unpacks to 1,000 bytes and unpacks to about 320 MB.
  const bomb = docxOf(`<w:p><w:r><w:t>${'字'.repeat(4000)}</w:t></w:r></w:p>`, 27_000, 1000);
  writeFileSync(join(dir, 'bomb.docx'), bomb);
  // 1.5 M short lines, 4.5 M characters: over the 1,000,000 a side may have.
  writeFileSync(join(dir, 'big.txt'), '一二\n'.repeat(1_500_000));
  // 500,000 lines of one character: exactly the 1,000,000 allowed (breaks counted).
  writeFileSync(join(dir, 'lines.txt'), '字\n'.repeat(500_000));
  return [
    ['bomb.docx', `lying .docx, ${(bomb.length / 1e6).toFixed(2)} MB, claims 1,000 B`, 'alert'],
    ['big.txt', '4.5 M characters in 1.5 M lines (over the limit)', 'alert'],
    ['lines.txt', '500,000 lines of one character (within the limit)', 'read'],
  ];
}

export async function fileReadTimes(browser: Browser, origin: string): Promise<void> {
  console.log(
    '\nReading a file into 文本 A: longest main-thread task, and when the outcome showed (each run; goal < 200 ms)',
  );
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-bench-files-'));
  try {
    for (const [name, what, outcome] of files(dir)) {
      const figures: string[] = [];
      for (let r = 0; r < RUNS; r++) {
        const page = await browser.newPage({ locale: 'zh-CN' });
        await page.goto(`${origin}/?own=a,b`);
        await page.getByRole('textbox', { name: '文本 A' }).waitFor();
        await page.evaluate(() => {
          const tasks: number[] = [];
          (window as unknown as { __tasks: number[] }).__tasks = tasks;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) tasks.push(e.duration);
          }).observe({ type: 'longtask' });
        });
        const started = Date.now();
        await page.locator('input[type=file]').first().setInputFiles(join(dir, name));
        const done =
          outcome === 'alert' ? page.getByRole('alert') : page.getByText(`已读入 ${name}`);
        await done.first().waitFor({ timeout: 300_000 });
        const wall = Date.now() - started;
        // Two frames more, so that the task drawing the outcome is counted.
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
            ),
        );
        const tasks = await page.evaluate(
          () => (window as unknown as { __tasks: number[] }).__tasks,
        );
        figures.push(`${Math.round(Math.max(0, ...tasks))} ms (${wall} ms)`);
        await page.close();
      }
      console.log(`  ${what}: ${figures.join(' / ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
