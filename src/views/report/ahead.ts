/**
 * A prerendered report's check, worked out in the worker before the page hydrates (src/app/start.ts):
 * on the page the collection's index and the check were a quarter of a second of hydration's one
 * task on a phone (issue 26). ReportView takes the report kept here for exactly the settings it
 * shows, and checks on the page as before when none is (no worker, a failure, other settings).
 */
import type { CheckReport } from '../../lib/check/measure.ts';
import type { AppState } from '../../lib/state/app.svelte.ts';
import type { UrlState } from '../../lib/state/url/index.ts';
import {
  readChecked,
  type Checked,
  type CheckRequest,
  type PrepareRequest,
} from '../../lib/worker/check.ts';
import { WorkerClient } from '../../lib/worker/client.svelte.ts';
import type { KeptCollection } from '../../lib/worker/compare.ts';
import type { RunnerWorker } from '../../lib/worker/runner.ts';
import type { SpeechText } from '../../lib/reuse/passages.ts';

interface Asked {
  speech: number;
  k: number;
  withTwins: boolean;
}

/**
 * A client of the check's worker (the own-text worker's 查重), made when first asked; its
 * answers are checks, or (a PrepareRequest, read by readPrepared) null.
 */
export const checkClient = () =>
  new WorkerClient<CheckRequest | PrepareRequest, Checked | null>(
    {
      create: () =>
        new Worker(new URL('../../workers/compare.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as RunnerWorker<CheckRequest | PrepareRequest>,
    },
    readChecked,
  );

const kept = new WeakMap<readonly SpeechText[], { asked: Asked; report: CheckReport }>();

/** The report checked ahead for this speech of this collection with these settings, if any. */
export function checkedAhead(speeches: readonly SpeechText[], asked: Asked): CheckReport | null {
  const hit = kept.get(speeches);
  const same =
    hit?.asked.speech === asked.speech &&
    hit.asked.k === asked.k &&
    hit.asked.withTwins === asked.withTwins;
  return same ? hit.report : null;
}

/**
 * Checks the report page's speech against the rest of its collection in a worker, with the
 * settings the page hydrates with (src/app/start.ts), and keeps the report. Never fails: without
 * it, the page checks as before. `opened` is the address the page was opened at: the state
 * names the prerendered route by then, always in the bundled collection, so a kept
 * collection's text is told by it (and is never hydrated: start.ts draws it afresh).
 */
export async function checkAhead(
  app: Pick<AppState, 'single' | 'active' | 'settings' | 'url'>,
  opened: Pick<UrlState, 'collection'>,
) {
  const [text, collection] = [app.single, app.active];
  const bundled = opened.collection === null && app.url.collection === null;
  if (!text || !collection || !bundled || typeof Worker !== 'function') return;
  const asked = { speech: text.number, k: app.settings.k, withTwins: app.url.apart };
  const client = checkClient();
  try {
    const { sha256, speeches } = collection;
    const texts: KeptCollection = {
      type: 'collection',
      sha256,
      speeches: speeches.map((s) => ({ number: s.number, paragraphs: [...s.paragraphs] })),
    };
    client.keep(texts);
    const outcome = await client.run({
      type: 'check',
      paragraphs: [...text.paragraphs],
      k: asked.k,
      withTwins: asked.withTwins,
      self: asked.speech,
    });
    if (outcome.type === 'done' && outcome.value)
      kept.set(speeches, { asked, report: outcome.value.report });
  } catch {
    // The page checks it.
  } finally {
    client.dispose();
  }
}
