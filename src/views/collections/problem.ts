import type { Refusal } from '../../lib/collection/bring.ts';
import type { Stored } from '../../lib/collection/types.ts';
import { t } from '../../lib/state/i18n.svelte.ts';

/** What a failed store operation says, in words. */
export const storeMessage = (failed: Extract<Stored<unknown>, { ok: false }>): string =>
  t(`collections.${failed.problem}`, { detail: failed.detail });

/** A refused file's reason, in words. */
export const reasonOf = (r: Refusal): string =>
  t(`collections.reason_${r.reason}`, { line: r.line ?? '', detail: r.detail ?? '' });
