/**
 * The address side of the app's state (app.svelte.ts's AppState extends it): the URL state as
 * read from the address bar and written back through the platform, the notices it gave, and every
 * way the reader moves (navigate, follow, pick, swap, options, the fragment). The address is
 * printed and parsed by url/ alone; the platform is the only way to the address bar.
 */
import type { Platform } from './platform.ts';
import type { OptionsPatch } from './settings.ts';
import {
  HOME,
  SIDES,
  parseAddress,
  reportable,
  toAddress,
  type Problem,
  type Side,
  type UrlState,
} from './url/index.ts';

const NOT_COLLATING = { collate: false, speeches: [], fold: false, apart: false };

/** What a picker shows: a speech by number, a person's own text, or nothing. */
export type Choice = number | 'own' | null;

export class AddressState {
  url = $state.raw<UrlState>(HOME);
  problems = $state.raw<Problem[]>([]);
  /** The address as the reader would copy it. */
  href = $state('');
  /** Its fragment (`#c12`, a change; `#a-p3`, a paragraph; own texts), '' for none. */
  fragment = $state('');

  constructor(readonly platform: Platform) {}

  /** How many texts an address may number; null while there is nothing to read it against. */
  protected get count(): number | null {
    return null;
  }

  /** A new address was taken (read or moved to): what follows from it (AppState's override). */
  protected took(): void {}

  /** The path after the site's base (`3-6/`); a path outside the base reads as not a route. */
  route(pathname: string): string {
    const { base } = this.platform;
    if (pathname.startsWith(base)) return pathname.slice(base.length);
    return `${pathname}/` === base ? '' : pathname;
  }

  /** The canonical address of a state: the base, the route, the query. */
  addressOf = (state: UrlState): string => `${this.platform.base}${toAddress(state)}`;

  /**
   * Reads the address bar; an invalid URL, or an old one (?a=1&b=2), is replaced by the canonical
   * address of the valid state it was read as.
   */
  read() {
    const count = this.count;
    if (count === null) return;
    const { pathname, search, hash } = this.platform.address();
    const parsed = parseAddress(this.route(pathname), search, count);
    this.url = parsed.state;
    this.problems = parsed.problems;
    const canonical = this.addressOf(parsed.state);
    if (canonical !== `${pathname}${search}`)
      this.platform.commit(`${canonical}${hash}`, 'replace');
    this.readBack();
    this.took();
  }

  /**
   * Shows a route in the default settings, as the build rendered it (tools/build/prerender.ts), without
   * touching the address: a prerendered page hydrates with this state, then read() applies the rest.
   */
  showRoute(route: string) {
    const count = this.count;
    if (count === null) return;
    this.url = parseAddress(route, '', count).state;
    this.problems = [];
    this.href = `${this.platform.address().origin}${this.addressOf(this.url)}`;
    this.fragment = '';
  }

  /** Goes to another view: a new history entry. */
  navigate(next: UrlState, hash = '') {
    this.#commit(next, hash, 'push');
  }

  /** Follows an in-app link; its language stays the reader's unless the link names one. */
  follow(pathname: string, search: string, hash: string) {
    const count = this.count;
    if (count === null) return;
    const parsed = parseAddress(this.route(pathname), search, count);
    // Own texts live in the fragment: a link between own-text views (the language) keeps them.
    const keep = !hash && parsed.state.own.length > 0 && this.url.own.length > 0;
    this.navigate(
      { ...parsed.state, lang: parsed.state.lang ?? this.url.lang },
      keep ? this.platform.address().hash : hash,
    );
  }

  /**
   * The fragment changed in place, not as a new history entry: the place in the view (the current
   * change, `#c12`), so that a copied link or a reload comes back to it, or an own text's link once
   * its worker has written it. Through the platform, so that the state's address never goes stale.
   */
  setFragment = (fragment: string) => {
    const { pathname, search, hash } = this.platform.address();
    if (hash !== fragment) this.platform.commit(`${pathname}${search}${fragment}`, 'replace');
    this.readBack();
  };

  /** A display option changed: the same view, so the history entry is replaced, not added. */
  setOptions = (patch: OptionsPatch) => {
    this.#commit({ ...this.url, ...patch }, this.platform.address().hash, 'replace');
  };

  /**
   * The reader chose a speech (or none) in one picker. Each picker shows exactly its side of the
   * URL: one side chosen shows that speech alone, both a comparison.
   */
  pick = (side: Side, speech: Choice) => {
    if (speech === 'own') {
      // The editor for own texts (OwnPage) takes over the pickers from here on.
      const own = SIDES.filter((s) => s === side || this.url.own.includes(s));
      this.navigate({ ...this.url, [side]: null, own });
    } else this.#switch({ ...this.url, [side]: speech });
  };

  swap = () => {
    this.#switch({ ...this.url, a: this.url.b, b: this.url.a });
  };

  /**
   * Another pair, or a speech: from one comparison of two speeches to another, the address is
   * written after the frame that shows it (the platform's `later`), the view's fragment dropped as
   * a navigation drops it.
   */
  #switch(next: UrlState) {
    const pair = (url: UrlState) => url.a !== null && url.b !== null && url.own.length === 0;
    this.#commit(next, '', 'push', pair(this.url) && pair(next));
  }

  dismissProblems = () => {
    this.problems = [];
  };

  /**
   * A link to a speech or a pair that keeps the reader's other settings; from the collation, it
   * leaves the collation and its settings behind.
   */
  linkTo = (a: number, b: number | null): string =>
    this.addressOf({ ...this.url, ...NOT_COLLATING, own: [], a, b, report: false });

  /** A link to the 查重 report of a speech. */
  reportLink = (speech: number): string =>
    this.addressOf({ ...this.url, ...NOT_COLLATING, own: [], a: speech, b: null, report: true });

  /** The collation of every speech, in the reader's language. */
  get collateHref(): string {
    const { lang, collection } = this.url;
    return this.addressOf({ ...HOME, collate: true, lang, collection });
  }

  #commit(next: UrlState, hash: string, mode: 'push' | 'replace', later = false) {
    // The report is of one text: choosing a second one leaves it for the comparison.
    if (next.report && !reportable(next)) next = { ...next, report: false };
    const { pathname, search, hash: current } = this.platform.address();
    const text = this.addressOf(next);
    if (text !== `${pathname}${search}` || current !== hash)
      this.platform.commit(`${text}${hash}`, mode, later);
    this.url = next;
    this.problems = [];
    this.readBack();
    this.took();
  }

  /** The address and its fragment as the address bar now has them. */
  protected readBack() {
    const { origin, pathname, search, hash } = this.platform.address();
    this.href = `${origin}${pathname}${search}${hash}`;
    this.fragment = hash;
  }
}
