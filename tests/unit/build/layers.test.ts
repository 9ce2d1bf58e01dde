import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const depcruise = join(root, 'node_modules/.bin/depcruise');
const config = join(root, '.dependency-cruiser.cjs');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the project's layer rules (as `npm run check` does) over a small tree of files. */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-layers-'));
  made.push(dir);
  const tsconfig = { compilerOptions: { allowImportingTsExtensions: true, noEmit: true } };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(depcruise, ['src', 'tools', '--config', config], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

const sound = {
  'src/lib/diff/ops.ts': 'export const ops = 1;\n',
  'src/views/shell/names.ts':
    "import { ops } from '../../lib/diff/ops.ts';\nexport const n = ops;\n",
  'src/views/compare/Comparison.ts':
    "import { n } from '../shell/names.ts';\nexport const c = n;\n",
  'src/app/main.ts': "import { c } from '../views/compare/Comparison.ts';\nexport const m = c;\n",
  'tools/build/corpus.ts':
    "import { ops } from '../../src/lib/diff/ops.ts';\nexport const t = ops;\n",
};

describe('the layers held by npm run check', () => {
  test('a tree that keeps them passes', () => {
    const { status, output } = cruise(sound);
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  // Every wrong import in one tree, cruised once: each must be named with its rule and file.
  const wrong: [rule: string, path: string, text: string][] = [
    ['lib-is-pure', 'src/lib/diff/bad.ts', "import { n } from '../../views/shell/names.ts';\n"],
    [
      'view-is-a-room',
      'src/views/overview/Bad.ts',
      "import { c } from '../compare/Comparison.ts';\n",
    ],
    ['worker-is-lib-only', 'src/workers/bad.worker.ts', "import { m } from '../app/main.ts';\n"],
    ['src-is-not-tools', 'src/app/bad.ts', "import { t } from '../../tools/build/corpus.ts';\n"],
    [
      'tools-through-the-prerender',
      'tools/bench/bad.ts',
      "import { c } from '../../src/views/compare/Comparison.ts';\n",
    ],
  ];
  let broken: ReturnType<typeof cruise> | undefined;
  const brokenTree = () =>
    (broken ??= cruise({
      ...sound,
      ...Object.fromEntries(
        wrong.map(([, path, text]) => [path, `${text}export const bad = 1;\n`]),
      ),
    }));

  test('a tree with wrong imports fails', () => {
    expect(brokenTree().status).not.toBe(0);
    expect(brokenTree().output).toMatch(/\d+ dependency violations/u);
  });

  test.each(wrong)('a wrong import fails: %s', (rule, path) => {
    expect(brokenTree().output).toMatch(
      new RegExp(`${rule}: ${path.replaceAll('.', '\\.')} →`, 'u'),
    );
  });
});
