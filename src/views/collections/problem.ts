import type { Refusal } from '../../lib/collection/bring.ts';
import { refusalSummary } from '../../lib/collection/refusals.ts';
import type { Stored } from '../../lib/collection/types.ts';
import { tc } from '../../lib/state/collections-i18n.svelte.ts';

/** What a failed store operation says, in words. */
export const storeMessage = (failed: Extract<Stored<unknown>, { ok: false }>): string =>
  tc(failed.problem, { detail: failed.detail });

/** A refused file's reason, in words. */
export const reasonOf = (r: Refusal): string =>
  tc(`reason_${r.reason}`, { line: r.line ?? '', detail: r.detail ?? '' });

/** Files refused, told by reason: how many and the first few paths (10,000 empty files in a line). */
export function refusedInShort(refused: readonly Refusal[]): string {
  return refusalSummary(refused)
    .map((g) =>
      tc('refusedGroup', {
        reason: tc(`reason_${g.reason}`, { line: '', detail: '' }),
        count: g.count,
        paths: g.paths.join('、') + (g.count > g.paths.length ? tc('andMore') : ''),
      }),
    )
    .join('；');
}
