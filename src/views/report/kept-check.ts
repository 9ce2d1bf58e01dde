/**
 * A kept collection's 查重 worker, made ahead when a view of its texts opens (src/app/collections.ts,
 * in idle time) and shared by its reports: the worker reads the collection from the
 * store and prepares its 查重 at once (seconds at 10,000 texts: lib/check/prepare.ts), so the
 * first report does not wait for it; a report asked meanwhile waits for it, showing the time
 * it takes and a stop (CheckProgress). One collection at a time: another, or none, ends it.
 */
import { readPrepared, type Checked, type StoredCollectionRef } from '../../lib/worker/check.ts';
import type { RunOutcome } from '../../lib/worker/runner.ts';
import { keptName } from '../../lib/state/kept.ts';
import { checkClient } from './ahead.ts';

export interface KeptCheck {
  ref: StoredCollectionRef;
  client: ReturnType<typeof checkClient>;
  /** The preparation's outcome; resolved at once after it was stopped, for a report to go on. */
  ready: Promise<RunOutcome<Checked | null> | null>;
}

let shared: KeptCheck | null = null;

/** The worker of the kept collection `id` in the store, made once. */
export function keptCheck(id: string): KeptCheck {
  if (shared?.ref.id === id) return shared;
  const sha256 = keptName(id);
  shared?.client.dispose();
  const ref: StoredCollectionRef = { type: 'stored-collection', sha256, id };
  const client = checkClient();
  client.keep(ref);
  const mine: KeptCheck = { ref, client, ready: Promise.resolve(null) };
  mine.ready = client.run({ type: 'prepare' }, readPrepared).then((outcome) => {
    // Waited for once: a report asked after a stop prepares again in its own run.
    mine.ready = Promise.resolve(null);
    return outcome;
  });
  shared = mine;
  return mine;
}
