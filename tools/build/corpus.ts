// `npm run corpus`: regenerates static/corpus.json from the source text.
import { buildCorpusFile, writeAtomically } from './build-corpus.ts';
import { compareTexts } from '../../src/lib/diff/compare.ts';
import { buildPlans } from '../../src/lib/diff/plan/format.ts';
import { CORPUS_JSON, CORPUS_SOURCE, PLANS_JSON } from '../paths.ts';

try {
  const corpus = buildCorpusFile(CORPUS_SOURCE, CORPUS_JSON);
  console.log(
    `${CORPUS_JSON}: ${corpus.speeches.length} speeches, ` +
      corpus.speeches.map((s) => `${s.label} ${s.chars}`).join(' ') +
      ` (from ${corpus.source}, sha256 ${corpus.sha256.slice(0, 12)}…)`,
  );
  const plans = buildPlans(corpus.sha256, corpus.speeches, (a, b) => compareTexts(a, b));
  writeAtomically(PLANS_JSON, `${JSON.stringify(plans)}\n`);
  console.log(`${PLANS_JSON}: ${Object.keys(plans.pairs).length} pairs`);
} catch (error) {
  console.error(`npm run corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
