// `npm run corpus`: regenerates static/corpus.json from the source text.
import { buildCorpusFile } from '../lib/corpus/build.ts';
import { CORPUS_JSON, CORPUS_SOURCE } from './paths.ts';

try {
  const corpus = buildCorpusFile(CORPUS_SOURCE, CORPUS_JSON);
  console.log(
    `${CORPUS_JSON}: ${corpus.speeches.length} speeches, ` +
      corpus.speeches.map((s) => `${s.label} ${s.chars}`).join(' ') +
      ` (from ${corpus.source}, sha256 ${corpus.sha256.slice(0, 12)}…)`,
  );
} catch (error) {
  console.error(`npm run corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
