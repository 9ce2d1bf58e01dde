/**
 * Writes the passim fixtures of the bundled collection (tests/unit/passim/bundled/): passim's input
 * (input.json) and, emulated (emulate.ts), its output at --min-align 13: out.json/part-00000 and
 * align.json/part-00000. Run after the corpus changes:
 *   node tools/run.js tests/unit/passim/make-fixture.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textsOf } from '../../../src/lib/corpus/collection.ts';
import { passimInput } from '../../../src/lib/passim/export.ts';
import { corpus } from '../diff/corpus.ts';
import { emulatePassim } from './emulate.ts';

const dir = new URL('bundled/', import.meta.url).pathname;
const texts = textsOf(corpus);
const { out, align } = emulatePassim(texts, 13);
for (const sub of ['out.json', 'align.json']) mkdirSync(join(dir, sub), { recursive: true });
writeFileSync(join(dir, 'input.json'), passimInput(texts));
writeFileSync(join(dir, 'out.json/part-00000'), out);
writeFileSync(join(dir, 'align.json/part-00000'), align);
console.log(
  `${dir}: ${out.split('\n').length - 1} passages, ${align.split('\n').length - 1} alignments`,
);
