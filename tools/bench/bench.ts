// `npm run bench`: prints how fast the comparison is, next to the references of the issue.
// Figures, not a test: they vary with the machine, so nothing here passes or fails. Each family
// is a file of its own (README, "Measuring"); this one runs them in turn.
import { readFileSync } from 'node:fs';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { CORPUS_JSON } from '../paths.ts';
import { buildFigures } from './bytes.ts';
import { benchCheck } from './check.ts';
import { benchCollate } from './collate.ts';
import { collectionTable } from './collection.ts';
import { ownTextTimes, viewModelTimes } from './model.ts';
import { ownLinkLengths } from './own.ts';
import { browserTimes, type Only } from './pages.ts';
import { benchReuse } from './reuse.ts';
import { benchSite } from './site.ts';

const corpus = validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));
/**
 * BENCH_ONLY=pages measures the pages in the browser only (the build as it is); BENCH_ONLY=own
 * only the own texts in the browser; BENCH_ONLY=phone only the pages on the desktop and phone
 * profiles (with BENCH_VS=<another build>, both builds in turn); BENCH_ONLY=files only the reading
 * of hostile and big files (files.ts); BENCH_ONLY=collection only a person's collections of 100,
 * 1,000 and 10,000 texts (collection.ts in Node, collection-page.ts in Chromium; BENCH_COUNTS
 * another list; BENCH_ONLY=collection-page the Chromium part alone); BENCH_ONLY=site only the sites
 * of synthetic collections (site.ts).
 */
const requested = process.env.BENCH_ONLY;
// BENCH_ONLY=site builds sites of synthetic collections (site.ts), and nothing else.
if (requested === 'site') {
  benchSite(corpus);
  process.exit(0);
}
const only: Only =
  (['own', 'phone', 'files', 'collection', 'collection-page'] as const).find(
    (o) => o === requested,
  ) ?? null;
const all = requested !== 'pages' && only === null;
if (all) viewModelTimes(corpus);
if (all) ownTextTimes(corpus);
if (all && !process.env.BENCH_DIST) buildFigures();
if (all) ownLinkLengths(corpus);
if (all || only === 'collection') collectionTable();
await browserTimes(corpus, only);
if (all) benchReuse(corpus);
if (all) benchCheck(corpus);
if (all) benchCollate(corpus);
