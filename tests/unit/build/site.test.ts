import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCorpus } from '../../../src/lib/corpus/validate.ts';
import { readSiteInput } from '../../../tools/build/site-input.ts';

const fixture = new URL('site-fixture/', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'duizhao-site-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run site on a folder', () => {
  it('reads every text file, GB18030 too, and names the binary one with its reason', () => {
    const input = readSiteInput(fixture, '四县');
    expect(input.leftOut).toEqual([{ file: '扫描件.txt', reason: 'binary, not text' }]);
    expect(input.texts.map((t) => [t.id, t.title])).toEqual([
      ['sub/乙县报告.md', '乙县报告'],
      ['丁县讲话.txt', '丁县讲话'],
      ['丙县总结.txt', '丙县总结'],
      ['甲县报告.txt', '甲县报告'],
    ]);
    expect(input.texts[1]!.paragraphs[0]).toBe('丁县讲话');
  });

  // The whole command, as a person runs it: vite build and the prerender into a folder of its own
  // (about 9 s on an idle 2-core machine; the limit allows for a loaded one).
  it(
    'builds the site: summary, corpus.json named by file, a page per pair',
    { timeout: 180_000 },
    () => {
      const run = spawnSync(
        process.execPath,
        ['tools/run.js', 'tools/build/site.ts', fixture, '--out', out, '--title', '四县'],
        { encoding: 'utf8' },
      );
      expect(run.stderr).not.toContain('npm run site:');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('left out 扫描件.txt: binary, not text');
      expect(run.stdout).toMatch(
        /done: 4 texts; 6 pairs, 6 sharing a run of 13\+ characters, 6 prerendered \(every pair up to 30 texts, [^)]*\); 44 pages; [\d.]+ KiB/u,
      );
      const corpus = validateCorpus(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')));
      expect(corpus.title).toBe('四县');
      expect(corpus.speeches.map((s) => s.label)).toEqual([
        '乙县报告',
        '丁县讲话',
        '丙县总结',
        '甲县报告',
      ]);
      const pair = readFileSync(join(out, '1-4/index.html'), 'utf8');
      expect(pair).toContain('<title>乙县报告与甲县报告');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('乙县报告与甲县报告完全相同');
      expect(existsSync(join(out, 'en/2-3/index.html'))).toBe(true);
      // Every pair prerendered: no address falls back to 404.html.
      expect(existsSync(join(out, '404.html'))).toBe(false);
    },
  );
});
