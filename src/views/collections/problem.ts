import type { Refusal } from '../../lib/collection/bring.ts';
import { refusalSummary } from '../../lib/collection/refusals.ts';
import type { Stored } from '../../lib/collection/types.ts';
import type { BroughtKept } from '../../lib/worker/collection.ts';
import type { RunOutcome } from '../../lib/worker/runner.ts';
import { t } from '../../lib/state/i18n.svelte.ts';

/** What a failed store operation says, in words. */
export const storeMessage = (failed: Extract<Stored<unknown>, { ok: false }>): string =>
  t(`collections.${failed.problem}`, { detail: failed.detail });

/** A refused file's reason, in words. */
export const reasonOf = (r: Refusal): string =>
  t(`collections.reason_${r.reason}`, { line: r.line ?? '', detail: r.detail ?? '' });

/** Files refused, told by reason: how many and the first few paths (10,000 empty files in a line). */
function refusedInShort(refused: readonly Refusal[]): string {
  return refusalSummary(refused)
    .map((g) =>
      t('collections.refusedGroup', {
        reason: t(`collections.reason_${g.reason}`, { line: '', detail: '' }),
        count: g.count,
        paths: g.paths.join('、') + (g.count > g.paths.length ? t('collections.andMore') : ''),
      }),
    )
    .join('；');
}

/**
 * What a reading of files that leaves nothing to keep says (stopped, no worker, or every file
 * refused, told by reason), the store left as it was; null when there are texts to keep.
 */
export function nothingBrought(outcome: RunOutcome<BroughtKept>): string | null {
  if (outcome.type === 'cancelled') return t('collections.cancelled');
  if (outcome.type === 'error') return t('collections.noWorker', { detail: outcome.message });
  const { count, refused } = outcome.value;
  if (count > 0) return null;
  return t('collections.nothingRead', { count: refused.length, groups: refusedInShort(refused) });
}
