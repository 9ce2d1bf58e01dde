/**
 * The kept collection an address names (AppState extends this, over AddressState): looked up in
 * the browser's store once per collection, or handed in by the page that brought it; once here,
 * the texts the address numbers are checked against it. Its code (kept.ts) loads with the first
 * kept collection, not in the app's start.
 */
import type { Kept, StoredCollection } from '../collection/types.ts';
import { AddressState } from './address.svelte.ts';
import { collectionHome } from './page.ts';

/** What a kept collection needs, loaded with the first one (not in the app's start). */
const keptCode = () => import('./kept.ts');

export class KeptState extends AddressState {
  /** The kept collection the address names, once asked for. */
  kept = $state.raw<Kept | null>(null);

  /**
   * Hands the state a kept collection the page already has (one brought in this page's life that
   * the browser would not store), so that its views work without the store.
   */
  keep = (collection: StoredCollection) => {
    if (this.kept?.status === 'ready' && this.kept.head.id === collection.id && this.kept.corpus)
      return;
    void keptCode().then((code) => {
      // The address may have moved on meanwhile, its own collection's lookup under way.
      if (this.url.collection !== collection.id) return;
      this.kept = code.ready(collection);
      this.#checkTexts(code.inCollection);
    });
  };

  /**
   * Looks the address's kept collection up in the browser's store, once per collection (again
   * while it is missing): its head for its page, its texts too once an address names them (its
   * page never loads them).
   */
  protected override took() {
    const id = this.url.collection;
    if (id === null) return;
    const texts = !collectionHome(this.url);
    const kept = this.kept;
    if (kept?.id === id) {
      if (kept.status === 'ready' && (kept.corpus || !texts)) {
        void keptCode().then((code) => this.#checkTexts(code.inCollection));
        return;
      }
      if (kept.status === 'loading' && (kept.texts || !texts)) return;
      // One missing is looked up again: it may have been imported here since (under the id).
    }
    const loading: Kept = { id, status: 'loading', texts };
    this.kept = loading;
    void keptCode().then(async (code) => {
      const found = await code.lookUp(id, this.platform.collections, texts);
      // A later address may have asked for another collection, or its texts, meanwhile.
      if (this.kept !== loading) return;
      this.kept = found;
      this.#checkTexts(code.inCollection);
    });
  }

  /**
   * Once a kept collection is here, the texts the address numbers are checked against it: one
   * that is not there is dropped from the address and said, as a bundled speech's is at once.
   */
  #checkTexts(inCollection: typeof import('./url/kept.ts').inCollection) {
    const kept = this.kept;
    if (kept?.status !== 'ready' || kept.id !== this.url.collection) return;
    const checked = inCollection(this.url, kept.head.texts);
    if (checked.problems.length === 0) return;
    this.url = checked.state;
    this.problems = [...this.problems, ...checked.problems];
    const { hash } = this.platform.address();
    this.platform.commit(`${this.addressOf(checked.state)}${hash}`, 'replace');
    this.readBack();
  }
}
