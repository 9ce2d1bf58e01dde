/**
 * The app's one state: the URL state, the loaded data, the settings resolved from both, and the
 * parts that load lazily. A rune class, as the Svelte playground's Workspace.svelte.ts: results
 * replaced whole are $state.raw, what follows from them $derived. It touches no DOM: the browser
 * comes in through a Platform (src/app/platform.ts), so the class runs in tests as it runs in a page.
 */
import { LoadError } from '../corpus/load.ts';
import type { CollectionStore, Kept, StoredCollection } from '../collection/types.ts';
import type { Corpus, Speech } from '../corpus/types.ts';
import type { PlanRow, Plans } from '../diff/plan/format.ts';
import { ProvenPlans } from '../diff/plan/proven.ts';
import type { KeptCollection } from '../worker/compare.ts';
import type { OwnTexts } from '../intake/fragment.ts';
import type { ReuseIndex } from '../reuse/passages.ts';
import { PAGE_REUSE_CHARS } from '../thresholds.ts';
import type { Lang } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { speakAs } from './i18n.svelte.ts';
import { resolve, type OptionsPatch, type Settings } from './settings.ts';
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

type ReuseModule = typeof import('../reuse/all.ts');

interface Address {
  origin: string;
  pathname: string;
  search: string;
  hash: string;
}

/** What the state needs of the browser; app/main.ts gives the real one, tests a fake. */
export interface Platform {
  address(): Address;
  /** A new history entry (navigation) or the current one replaced (a display option). */
  commit(url: string, mode: 'push' | 'replace'): void;
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

export type Page =
  'loading' | 'failed' | 'overview' | 'speech' | 'compare' | 'collate' | 'own' | 'collection';

const NOT_COLLATING = { collate: false, speeches: [], fold: false, apart: false };

/** What a picker shows: a speech by number, a person's own text, or nothing. */
export type Choice = number | 'own' | null;

/** Shares of reused text in a pair, for the comparison's verdict and legend. */
export interface PairReuse {
  reusedA: number;
  reusedB: number;
  stockA: number;
  stockB: number;
  minLength: number;
}

/** Code point ranges of stock phrases, per paragraph, of each side of a comparison. */
export interface PairStock {
  a: (readonly [number, number])[][];
  b: (readonly [number, number])[][];
}

/** What a kept collection needs, loaded with the first one (not in the app's start). */
const keptCode = () => import('./kept.ts');

export class AppState {
  /** The bundled collection (also the dictionary of own texts' links). */
  corpus = $state.raw<Corpus | null>(null);
  /** The kept collection the address names, once asked for. */
  kept = $state.raw<Kept | null>(null);
  /** The plans that fit this corpus, each proven when first asked for (diff/plan/proven.ts). */
  plans = $state.raw<ProvenPlans | null>(null);
  failure = $state.raw<LoadError | null>(null);
  url = $state.raw<UrlState>(HOME);
  problems = $state.raw<Problem[]>([]);
  /** The address as the reader would copy it. */
  href = $state('');
  /** Its fragment (`#c12`, a change; `#a-p3`, a paragraph; own texts), '' for none. */
  fragment = $state('');
  /**
   * A phone-sized screen; null until the browser says (the build's render and hydration, whose
   * markup lays out for either width by CSS alone).
   */
  narrow = $state<boolean | null>(null);
  reuseModule = $state.raw<ReuseModule | null>(null);
  /** A lazily loaded part of the app that failed (a network error); the page says so. */
  lazyError = $state<string | null>(null);

  /**
   * The build renders the page, or the page hydrates what the build wrote: a view draws whole at
   * once what it would otherwise draw in batches (the collation's table). Read as a view starts.
   */
  prerendered = false;
  /** The reader's languages; a prerendered page hydrates in Chinese first, then takes these. */
  languages = $state.raw<readonly string[]>([]);

  /**
   * The language a prerendered page's markup is in, while the address cannot be read (it needs
   * the corpus, which did not come): its notices speak as the page does. Null otherwise.
   */
  pageLang = $state<Lang | null>(null);

  constructor(readonly platform: Platform) {
    this.languages = platform.languages;
    // The interface's strings (t) speak this state's language, read live, never copied.
    speakAs(this);
  }

  readonly settings: Settings = $derived.by(() =>
    resolve(this.url, { narrow: this.narrow === true, languages: this.languages }),
  );
  /** The interface language: the address's or the reader's (settings), else the page's. */
  readonly lang: Lang = $derived(
    this.corpus === null && this.pageLang !== null ? this.pageLang : this.settings.lang,
  );

  /**
   * The collection the views show: the bundled one, or the kept one the address names once it
   * is here (null meanwhile, and when it is not in this browser).
   */
  readonly active: Corpus | null = $derived(
    this.url.collection === null
      ? this.corpus
      : this.kept?.id === this.url.collection && this.kept.status === 'ready'
        ? this.kept.corpus
        : null,
  );

  #speech(n: number | null): Speech | null {
    return n === null ? null : (this.active?.speeches[n - 1] ?? null);
  }
  readonly speechA = $derived(this.#speech(this.url.a));
  readonly speechB = $derived(this.#speech(this.url.b));
  /** The speech shown alone, chosen on either side. */
  readonly single = $derived(this.speechA && this.speechB ? null : (this.speechA ?? this.speechB));

  readonly page: Page = $derived(
    this.failure
      ? 'failed'
      : !this.corpus
        ? 'loading'
        : this.url.collection !== null && (this.active === null || this.#collectionHome)
          ? 'collection'
          : this.url.collate
            ? 'collate'
            : this.url.own.length > 0
              ? 'own'
              : this.speechA && this.speechB
                ? 'compare'
                : this.single
                  ? 'speech'
                  : 'overview',
  );

  /** A kept collection's address with none of its texts and no collation: its overview. */
  get #collectionHome(): boolean {
    const { a, b, collate } = this.url;
    return a === null && b === null && !collate;
  }

  /**
   * Whether the page works out the reuse analysis of the active collection: always for the
   * bundled one, for a kept one up to PAGE_REUSE_CHARS characters (README: limits).
   */
  readonly reuseHere = $derived(
    this.active !== null &&
      (this.url.collection === null ||
        this.active.speeches.reduce((sum, s) => sum + s.chars, 0) <= PAGE_REUSE_CHARS),
  );

  /**
   * The active collection's texts as a worker takes them (to find stock phrases in a kept
   * collection's pair), none where the page would not analyse them; the same array while the
   * collection stays, so that a worker's request is not made again for nothing.
   */
  readonly workerTexts = $derived<KeptCollection>(
    this.active && this.reuseHere
      ? {
          type: 'collection',
          sha256: this.active.sha256,
          speeches: this.active.speeches.map((s) => ({
            number: s.number,
            paragraphs: s.paragraphs,
          })),
        }
      : { type: 'collection', sha256: 'none', speeches: [] },
  );

  readonly reuse = $derived<ReuseIndex | null>(
    this.active && this.reuseHere && this.reuseModule
      ? new this.reuseModule.ReuseIndex(this.active.speeches)
      : null,
  );

  /** The default comparison of the pair, worked out ahead, when the plans have it. */
  readonly plan = $derived<PlanRow[] | null>(
    this.speechA && this.speechB && this.url.collection === null
      ? (this.plans?.plan(this.speechA.number, this.speechB.number) ?? null)
      : null,
  );
  readonly lcs = $derived(
    this.speechA && this.speechB && this.url.collection === null
      ? this.plans?.lcs(this.speechA.number, this.speechB.number)
      : undefined,
  );

  readonly pairReuse = $derived.by((): PairReuse | null => {
    const [a, b, reuse, module] = [this.speechA, this.speechB, this.reuse, this.reuseModule];
    if (!a || !b || !reuse || !module) return null;
    return {
      ...reuse.coverage(a.number, b.number),
      stockA: reuse.stockShare(a.number),
      stockB: reuse.stockShare(b.number),
      minLength: module.MIN_PASSAGE,
    };
  });

  /** Stock ranges of both sides, only while the reader mutes stock phrases. */
  readonly pairStock = $derived.by((): PairStock | null => {
    const [a, b, reuse] = [this.speechA, this.speechB, this.reuse];
    if (!a || !b || !reuse || !this.settings.mute) return null;
    const ranges = (s: Speech) => s.paragraphs.map((_, p) => reuse.stockRanges(s.number, p));
    return { a: ranges(a), b: ranges(b) };
  });

  /** What the single-speech view shows of reuse; all null until the analysis is here. */
  readonly speechReuse = $derived.by(() => {
    const [speech, reuse, module] = [this.single, this.reuse, this.reuseModule];
    if (!speech || !reuse || !module)
      return { marks: null, reused: null, twins: null, stock: null };
    const n = speech.number;
    return {
      marks: module.marksFor(reuse, n),
      reused: reuse.reused(n),
      twins: { speeches: reuse.twins(n), elsewhere: reuse.reusedElsewhere(n) },
      stock: reuse.stockShare(n),
    };
  });

  readonly title = $derived.by(() => {
    // A kept collection's name follows what is shown of it.
    const kept = this.url.collection !== null && this.active ? this.active.title : null;
    const name = `${kept === null ? '' : `${kept} · `}${this.lang === 'zh' ? '对照 Duizhao' : 'Duizhao 对照'}`;
    const label = (s: Speech) => s.label;
    if (this.url.collate) return `${translate(this.lang, 'collateTitle')} · ${name}`;
    if (this.speechA && this.speechB)
      return `${label(this.speechA)} ⟷ ${label(this.speechB)} · ${name}`;
    return this.single ? `${label(this.single)} · ${name}` : name;
  });

  /** Loads the corpus (and, beside it, the plans, which may come late or never). */
  async start(corpus = this.platform.loadCorpus(), plans = this.platform.loadPlans()) {
    this.failure = null;
    // Plans are taken once both are here, each pair proven against its texts when first asked
    // for (diff/plan/proven.ts): what does not fit is computed live, and said so in the console.
    let arrived: Plans | null = null;
    const check = () => {
      if (!arrived || !this.corpus) return;
      const warn = (problem: string) => console.warn(`${problem}; compared live instead`);
      this.plans = ProvenPlans.of(arrived, this.corpus, warn);
      arrived = null;
    };
    void plans.then((p) => {
      arrived = p;
      check();
    });
    try {
      const loaded = await corpus;
      this.corpus = loaded;
      check();
      this.read();
    } catch (error) {
      this.failure = error instanceof LoadError ? error : new LoadError('other', String(error));
    }
  }

  /** Tries the corpus again after a failure. */
  retry = () => {
    void this.start();
  };

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
    if (!this.corpus) return;
    const { pathname, search, hash } = this.platform.address();
    const parsed = parseAddress(this.route(pathname), search, this.corpus.speeches.length);
    this.url = parsed.state;
    this.problems = parsed.problems;
    const canonical = this.addressOf(parsed.state);
    if (canonical !== `${pathname}${search}`)
      this.platform.commit(`${canonical}${hash}`, 'replace');
    this.#readBack();
    this.#lookUp();
  }

  /**
   * Hands the state a kept collection the page already has (one brought in this page's life that
   * the browser would not store), so that its views work without the store.
   */
  keep = (collection: StoredCollection) => {
    if (this.kept?.status === 'ready' && this.kept.stored === collection) return;
    void keptCode().then((code) => {
      this.kept = code.ready(collection);
      this.#checkTexts(code.inCollection);
    });
  };

  /** Looks the address's kept collection up in the browser's store, once per collection. */
  #lookUp() {
    const id = this.url.collection;
    if (id === null) return;
    if (this.kept?.id === id) {
      if (this.kept.status === 'ready')
        void keptCode().then((code) => this.#checkTexts(code.inCollection));
      return;
    }
    this.kept = { id, status: 'loading' };
    void keptCode().then(async (code) => {
      const kept = await code.lookUp(id, this.platform.collections);
      // A later address may have asked for another collection meanwhile.
      if (this.kept?.id !== id || this.kept.status !== 'loading') return;
      this.kept = kept;
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
    const checked = inCollection(this.url, kept.corpus.speeches.length);
    if (checked.problems.length === 0) return;
    this.url = checked.state;
    this.problems = [...this.problems, ...checked.problems];
    const { hash } = this.platform.address();
    this.platform.commit(`${this.addressOf(checked.state)}${hash}`, 'replace');
    this.#readBack();
  }

  /**
   * Shows a route in the default settings, as the build rendered it (tools/build/prerender.ts), without
   * touching the address: a prerendered page hydrates with this state, then read() applies the rest.
   */
  showRoute(route: string) {
    if (!this.corpus) return;
    this.url = parseAddress(route, '', this.corpus.speeches.length).state;
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
    if (!this.corpus) return;
    const parsed = parseAddress(this.route(pathname), search, this.corpus.speeches.length);
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
    this.#readBack();
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
    } else this.navigate({ ...this.url, [side]: speech });
  };

  swap = () => {
    this.navigate({ ...this.url, a: this.url.b, b: this.url.a });
  };

  dismissProblems = () => {
    this.problems = [];
  };

  /** The precomputed LCS length of two speeches, if the plans have it. */
  lcsOf = (a: number, b: number): number | undefined => this.plans?.lcs(a, b);

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

  /** Loads the reuse analysis once; a failure is shown, not thrown. */
  loadReuse(): Promise<void> {
    if (this.reuseModule) return Promise.resolve();
    return this.platform.loadReuse().then(
      (m) => {
        this.reuseModule = m;
      },
      (error: unknown) => {
        this.lazyError = String(error);
      },
    );
  }

  #commit(next: UrlState, hash: string, mode: 'push' | 'replace') {
    // The report is of one text: choosing a second one leaves it for the comparison.
    if (next.report && !reportable(next)) next = { ...next, report: false };
    const { pathname, search, hash: current } = this.platform.address();
    const text = this.addressOf(next);
    if (text !== `${pathname}${search}` || current !== hash)
      this.platform.commit(`${text}${hash}`, mode);
    this.url = next;
    this.problems = [];
    this.#readBack();
    this.#lookUp();
  }

  /** The address and its fragment as the address bar now has them. */
  #readBack() {
    const { origin, pathname, search, hash } = this.platform.address();
    this.href = `${origin}${pathname}${search}${hash}`;
    this.fragment = hash;
  }
}
