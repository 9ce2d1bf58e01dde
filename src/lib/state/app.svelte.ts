/**
 * The app's one state: the URL state, the loaded data, the settings resolved from both, and the
 * parts that load lazily. A rune class, as the Svelte playground's Workspace.svelte.ts: results
 * replaced whole are $state.raw, what follows from them $derived. It touches no DOM: the browser
 * comes in through a Platform (src/app/platform.ts), so the class runs in tests as it runs in a page.
 */
import { LoadError } from '../corpus/load.ts';
import type { Corpus, Speech } from '../corpus/types.ts';
import type { PlanRow, Plans } from '../diff/plan/format.ts';
import { ProvenPlans } from '../diff/plan/proven.ts';
import type { KeptCollection } from '../worker/compare.ts';
import type { ReuseIndex } from '../reuse/passages.ts';
import { PAGE_REUSE_CHARS } from '../thresholds.ts';
import { LANGS, type Lang } from '../i18n/messages.ts';
import { loadLanguage, speaks } from '../i18n/translate.ts';
import { speakAs } from './i18n.svelte.ts';
import { KeptState } from './kept-state.svelte.ts';
import { pageOf, titleOf, type Page } from './page.ts';
import type { Platform, ReuseModule } from './platform.ts';
import {
  pairReuseOf,
  pairStockOf,
  speechReuseOf,
  workerTextsOf,
  type PairReuse,
  type PairStock,
} from './reuse-shown.ts';
import { resolve, type Settings } from './settings.ts';

// What the views import with the state: moved beside it, named here as before.
export type { Choice } from './address.svelte.ts';
export type { Drafts, Platform } from './platform.ts';
export type { PairReuse, PairStock } from './reuse-shown.ts';

/**
 * The address, its notices and the reader's moves are AddressState's (address.svelte.ts): url,
 * problems, href, fragment; read, navigate, follow, pick, swap, setOptions, setFragment, …; the
 * kept collection it names is KeptState's (kept-state.svelte.ts): kept, keep.
 */
export class AppState extends KeptState {
  /** The bundled collection (also the dictionary of own texts' links). */
  corpus = $state.raw<Corpus | null>(null);
  /** The plans that fit this corpus, each proven when first asked for (diff/plan/proven.ts). */
  plans = $state.raw<ProvenPlans | null>(null);
  failure = $state.raw<LoadError | null>(null);
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

  constructor(platform: Platform) {
    super(platform);
    this.languages = platform.languages;
    // The interface's strings (t) speak this state's language, read live, never copied.
    speakAs(this);
  }

  readonly settings: Settings = $derived.by(() =>
    resolve(this.url, { narrow: this.narrow === true, languages: this.languages }),
  );
  /** The language asked for: the address's or the reader's (settings), else the page's. */
  readonly wantedLang: Lang = $derived(
    this.corpus === null && this.pageLang !== null ? this.pageLang : this.settings.lang,
  );
  /** The languages whose shell strings are here (lib/i18n/translate.ts): Chinese from the start. */
  #spoken = $state.raw<readonly Lang[]>(LANGS.filter(speaks));
  /**
   * The interface language: the one asked for once its strings are here (`speak`), Chinese until
   * then, so that a page switching language in place never shows a key or a blank.
   */
  readonly lang: Lang = $derived(this.#spoken.includes(this.wantedLang) ? this.wantedLang : 'zh');

  /**
   * Loads the shell's strings in the language asked for, unless here; `lang` follows once they
   * are. The page's start awaits it before it draws or hydrates; App calls it on every change.
   */
  async speak(): Promise<void> {
    const lang = this.wantedLang;
    if (this.#spoken.includes(lang)) return;
    try {
      await loadLanguage(lang);
    } catch (error) {
      this.lazyError = String(error);
      return;
    }
    if (!this.#spoken.includes(lang)) this.#spoken = [...this.#spoken, lang];
  }

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

  readonly page: Page = $derived(pageOf(this, this.failure !== null, this.corpus !== null));

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
    workerTextsOf(this.reuseHere ? this.active : null),
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

  readonly pairReuse = $derived<PairReuse | null>(
    pairReuseOf(this.speechA, this.speechB, this.reuse, this.reuseModule),
  );

  /** Stock ranges of both sides, only while the reader mutes stock phrases. */
  readonly pairStock = $derived<PairStock | null>(
    pairStockOf(this.speechA, this.speechB, this.reuse, this.settings.mute),
  );

  /** What the single-speech view shows of reuse; all null until the analysis is here. */
  readonly speechReuse = $derived(speechReuseOf(this.single, this.reuse, this.reuseModule));

  readonly title = $derived(titleOf(this, this.lang));

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

  /** How many texts an address may number: the bundled collection's, once it is here. */
  protected override get count(): number | null {
    return this.corpus?.speeches.length ?? null;
  }

  /** The precomputed LCS length of two speeches, if the plans have it. */
  lcsOf = (a: number, b: number): number | undefined => this.plans?.lcs(a, b);

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
}
