/**
 * What the app's state (app.svelte.ts) needs of the browser, and nothing more: src/app/platform.ts
 * gives the real one, tests a fake.
 */
import type { CollectionStore } from '../collection/types.ts';
import type { Corpus } from '../corpus/types.ts';
import type { Plans } from '../diff/plan/format.ts';
import type { OwnTexts } from '../intake/fragment.ts';

export type ReuseModule = typeof import('../reuse/all.ts');

interface Address {
  origin: string;
  pathname: string;
  search: string;
  hash: string;
}

/** What the state needs of the browser; app/main.ts gives the real one, tests a fake. */
export interface Platform {
  address(): Address;
  /**
   * A new history entry (navigation) or the current one replaced (a display option); `later`:
   * written after the next frame, `address()` giving it meanwhile (another pair: the write is a
   * share of the switch, issue 26).
   */
  commit(url: string, mode: 'push' | 'replace', later?: boolean): void;
  loadCorpus(): Promise<Corpus>;
  loadPlans(): Promise<Plans | null>;
  loadReuse(): Promise<ReuseModule>;
  languages: readonly string[];
  /** The site's base path, with its slashes (`/`, `/duizhao/`): routes are read after it. */
  base: string;
  /** Own texts kept in this tab while their link cannot be written; none where storage is not. */
  drafts?: Drafts;
  /** Where a person's collections are kept (IndexedDB in a page), loaded when first needed. */
  collections?: () => Promise<CollectionStore>;
}

/** A tab's draft of own texts, under the address it was typed at (sessionStorage in a page). */
export interface Drafts {
  /** Keeps these texts for the address, or forgets any (null). */
  keep(address: string, texts: OwnTexts | null): void;
  /** The texts kept for the address, if any. */
  kept(address: string): OwnTexts | null;
}
