import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildCorpusFile } from '../../../tools/build/build-corpus.ts';

it('leaves the previous corpus.json untouched, and no stray file, when the source is bad', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-'));
  const source = join(dir, 'source.txt');
  const target = join(dir, 'corpus.json');
  writeFileSync(target, 'previous');
  writeFileSync(source, '题\n（一）\n甲\n（三）\n丙\n');
  expect(() => buildCorpusFile(source, target)).toThrow('line 4');
  expect(readFileSync(target, 'utf8')).toBe('previous');
  expect(readdirSync(dir).sort()).toEqual(['corpus.json', 'source.txt']);

  writeFileSync(source, '题\n（一）\n甲\n');
  expect(buildCorpusFile(source, target).speeches).toHaveLength(1);
  expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ source: 'source.txt' });
  expect(readdirSync(dir).sort()).toEqual(['corpus.json', 'source.txt']);
});
