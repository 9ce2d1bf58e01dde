/**
 * The own texts in the address: written into its fragment (through own-link.ts, in a worker) and
 * through the app's state, read back from it on opening and on Back and Forward, and kept as this
 * tab's draft while their link cannot be made. What the page shows of it is state here: the link's
 * notes (LinkNotes.svelte, FragmentAlert.svelte) and the address the result's links start from.
 * OwnView.svelte says when to write and read; this says how.
 */
import type { Corpus } from '../../lib/corpus/types.ts';
import type { FragmentError, OwnTexts } from '../../lib/intake/fragment.ts';
import type { NoWorker } from '../../lib/worker/fragment.ts';
import type { AppState } from '../../lib/state/app.svelte.ts';
import type { Side, UrlState } from '../../lib/state/url/index.ts';
import { OwnLink } from './own-link.ts';

/** Browsers keep addresses up to about 2 MB; a longer fragment is not written. */
const MAX_ADDRESS_CHARS = 1_500_000;

export class OwnAddress {
  fragmentError = $state<FragmentError | null>(null);
  /** The last link was too long for the address: the texts were kept out of it. */
  draftTooBig = $state(false);
  /** Why the fragment was last made or read on the page, without a worker; null in one. */
  onPage = $state<NoWorker | null>(null);
  /** Why the last link could not be made at all (no worker, a draft too long for the page). */
  linkFailed = $state<NoWorker | null>(null);
  /** The texts shown came from this tab's kept draft, the address having none. */
  restored = $state(false);
  /** The address as this page last read or wrote it. */
  url = $state('');

  /** Which text(s) the state shows: with the fragment, what tells the page's own writes apart. */
  readonly shape = $derived.by(() => {
    const view = this.#app.url;
    return `${view.report}|${view.own.join()}|${view.a}|${view.b}`;
  });

  readonly #app: AppState;
  readonly #link: OwnLink;
  /** The shape and the fragment as this page last read or wrote them. */
  #seen = { shape: '', hash: '' };
  /** Reads made; an answer to an older one, or one that comes after an edit, is not used. */
  #reads = 0;
  #edits = 0;
  /**
   * The current history entry holds texts to keep: a Compare's or a 查重's, or the link the page
   * was opened at or came back to. An edit then writes a new entry (edits replace only a draft of
   * their own, or an address without texts), so Back still returns to those texts.
   */
  #kept = false;

  constructor(app: AppState, corpus: Corpus) {
    this.#app = app;
    this.#link = new OwnLink(corpus);
    this.url = this.#href();
  }

  #href(): string {
    const { origin, pathname, search, hash } = this.#app.platform.address();
    return `${origin}${pathname}${search}${hash}`;
  }

  /** The address a draft is kept under: the page's, without its fragment. */
  #draftKey(): string {
    const { pathname, search } = this.#app.platform.address();
    return `${pathname}${search}`;
  }

  /** The address as it is now is the page's own doing (a write, an option, a pick). */
  remember(): void {
    this.url = this.#href();
    this.#seen = { shape: this.shape, hash: this.#app.platform.address().hash };
  }

  /** The texts shown or the fragment changed under the page: Back, Forward, an in-app link. */
  movedUnder(): boolean {
    return this.shape !== this.#seen.shape || this.#app.platform.address().hash !== this.#seen.hash;
  }

  /** A text was edited: a read under way is not used (the edit is newer). */
  edited(): void {
    this.#edits++;
  }

  /**
   * Writes the texts of the own sides of `next` (only: a side that became a speech leaves the
   * link) into the address: with `next` as a new history entry (`push`: a Compare, a 查重), in
   * place of the current one (`replace`), or as typed texts (`edit`: in place of a draft, else a
   * new entry, see #kept). False when a newer write overtook this one (never a push: each Compare
   * keeps its entry, even when the next one comes before the worker has written the first), or
   * the address moved under the page meanwhile (Back, Forward: the entry it was for is gone).
   */
  async write(how: 'push' | 'replace' | 'edit', texts: Record<Side, string>, next: UrlState) {
    const own: OwnTexts = Object.fromEntries(next.own.map((s) => [s, texts[s]]));
    // Decided as the write is asked for: the worker answers in order, so a push asked for before
    // an edit is in the history before the edit's entry, whenever the answers come.
    const mode = how === 'edit' ? (this.#kept ? 'push' : 'replace') : how;
    if (how !== 'replace') this.#kept = how === 'push';
    const reads = this.#reads;
    const encoded = await this.#link.encode(own, mode === 'push');
    if (encoded.type === 'overtaken' || reads !== this.#reads) return false;
    const hash = encoded.type === 'done' ? encoded.hash : '';
    this.onPage =
      encoded.type === 'done' && encoded.where === 'page' ? (encoded.why ?? null) : null;
    this.linkFailed = encoded.type === 'failed' ? encoded.why : null;
    this.draftTooBig = hash.length > MAX_ADDRESS_CHARS;
    const kept = this.draftTooBig ? '' : hash;
    // The language may have changed while the worker wrote the link: the entry keeps the new one.
    if (mode === 'push') this.#app.navigate({ ...next, lang: this.#app.url.lang }, kept);
    else this.#app.setFragment(kept);
    // A draft whose link was not made stays in this tab, under its new address; one whose link
    // was made is in the address.
    this.#app.platform.drafts?.keep(this.#draftKey(), this.linkFailed ? own : null);
    this.remember();
    return true;
  }

  /**
   * The texts in the address, read in the fragment worker (a hostile link may inflate to
   * megabytes); for an address without texts, the draft this tab kept for it, if any (a link that
   * could not be made). Null when a newer read or an edit overtook this one.
   */
  async read(): Promise<OwnTexts | null> {
    this.remember();
    this.#kept = this.#app.platform.address().hash !== '';
    const [read, edited] = [++this.#reads, this.#edits];
    const got = await this.#link.read(this.#app.platform.address().hash);
    if (got === null || read !== this.#reads || edited !== this.#edits) return null;
    this.fragmentError = got.error;
    this.onPage = got.why;
    const bare = this.#app.platform.address().hash === '';
    const draft = bare ? (this.#app.platform.drafts?.kept(this.#draftKey()) ?? null) : null;
    this.restored = draft !== null;
    return draft ?? got.texts;
  }

  dispose(): void {
    this.#link.dispose();
  }
}
