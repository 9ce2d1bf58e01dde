/**
 * 查重: how much of a text is copied from the speeches of a collection, and from which.
 *
 * The definition. Both texts are normalized (normalize.ts: NFC, whitespace removed inside each
 * paragraph, code points). A character of the checked text is copied from a source when it lies
 * inside a run of at least K consecutive characters that lies within one paragraph of the text and
 * within one paragraph of the source; equivalently, inside some window of K characters of one
 * paragraph of the text found inside one paragraph of the source. No run crosses a paragraph
 * break, so the last "。" of a paragraph of one's own is not copied because the next paragraph is.
 * It is stock when it lies inside a window of MIN_PASSAGE characters of one paragraph found within
 * paragraphs of STOCK_GROUPS or more different texts of the collection (identical speeches counted
 * once; the checked speech counts when it belongs to the collection), the same stock phrases as
 * the rest of the app. Then
 *   total            = copied characters (from any source) ÷ all characters;
 *   excluding stock  = copied characters that are not stock ÷ all characters;
 *   a source's share = characters copied from it ÷ all characters;
 *   a source's runs  = the maximal stretches of a paragraph of the text copied from it, and the
 *                      longest of them.
 * Each copied character is placed in a source: the first window covering it found there, at that
 * window's first occurrence, gives the source paragraph it links to.
 *
 * How they are found: scan.ts, one pass over the text against the collection's suffix array.
 */
import type { CheckIndex } from './collection.ts';
import { K_DEFAULT } from './k.ts';
import { normalize } from './normalize.ts';
import { textRuns, type TextRun } from './runs.ts';
import { identical, scan } from './scan.ts';

/** A run names at most this many sources; a large collection may share a phrase with hundreds. */
const SOURCES_PER_RUN = 12;

export interface CheckOptions {
  /** The shortest run that counts, in characters; K_DEFAULT unless given (the UI keeps K_MIN to K_MAX). */
  k?: number;
  /** The speech being checked when it belongs to the collection: not a source of itself. */
  self?: number | null;
  /** How many sources a run names at most (SOURCES_PER_RUN). */
  sourcesPerRun?: number;
  /**
   * Count a source identical to the checked text (its twin) as a source. Off by default: a twin
   * covers every character, so with it every run names it and hides what the text shares with
   * the others; left out, the report measures the text against the rest and says so.
   */
  withTwins?: boolean;
}

interface SourceRow {
  speech: number;
  /** Characters of the checked text copied from this source, and their share of all. */
  copied: number;
  share: number;
  /** The longest run copied from it, in characters, and how many runs. */
  longest: number;
  runs: number;
  /** The same text as the one checked (after normalization): its twin (only withTwins). */
  twin: boolean;
}

export interface CheckReport {
  k: number;
  /** Characters of the normalized text. */
  chars: number;
  /** Characters copied from any source, and those of them that are stock. */
  copied: number;
  copiedStock: number;
  /** copied ÷ chars, (copied − copiedStock) ÷ chars, copiedStock ÷ chars; 0 for an empty text. */
  total: number;
  excludingStock: number;
  stock: number;
  /** Every source something is copied from, highest share first (then by number). */
  sources: SourceRow[];
  /** The first of them, or null when nothing is copied. */
  largest: SourceRow | null;
  /** The text's paragraphs exactly, cut into plain and copied runs. */
  paragraphs: TextRun[][];
  /** The speeches identical to the text (whitespace aside), ascending, whether counted or not. */
  twins: number[];
  /** Whether those twins were counted as sources (CheckOptions.withTwins). */
  withTwins: boolean;
}

export function checkText(
  index: CheckIndex,
  paragraphs: readonly string[],
  options: CheckOptions = {},
): CheckReport {
  const k = Math.max(1, Math.floor(options.k ?? K_DEFAULT));
  const self = options.self ?? null;
  const text = normalize(paragraphs);
  const n = text.codes.length;
  const { reuse } = index;
  const withTwins = options.withTwins ?? false;
  const members = reuse.groups.map((g) => g.filter((s) => s !== self));
  const twinGroups = members.map((m, g) => m.length > 0 && identical(index, g, text.codes));
  const twins = members.filter((_, g) => twinGroups[g]).flat();
  twins.sort((x, y) => x - y);
  // Left out, a twin is no source: its group has no members, as the checked speech itself.
  const counted = withTwins ? members : members.map((m, g) => (twinGroups[g] ? [] : m));
  const found = scan(index, text, k, counted);
  const share = (x: number) => (n === 0 ? 0 : x / n);

  const sources: SourceRow[] = [];
  found.runs.forEach((runs, g) => {
    if (runs === 0) return;
    const twin = twinGroups[g]!;
    for (const speech of counted[g]!) {
      const copied = found.covered[g]!;
      sources.push({
        speech,
        copied,
        share: share(copied),
        longest: found.longest[g]!,
        runs,
        twin,
      });
    }
  });
  sources.sort((x, y) => y.copied - x.copied || x.speech - y.speech);

  let copied = 0;
  let copiedStock = 0;
  for (let i = 0; i < n; i++) {
    if (!found.copied[i]) continue;
    copied++;
    if (found.stock[i]) copiedStock++;
  }
  const rank = new Map(sources.map((row, i) => [row.speech, i]));
  const runs = textRuns(
    text,
    {
      ...found,
      members: counted,
      rank,
      paragraphAt: (s, offset) => index.paragraphAt(s, offset),
    },
    options.sourcesPerRun ?? SOURCES_PER_RUN,
  );
  return {
    k,
    chars: n,
    copied,
    copiedStock,
    total: share(copied),
    excludingStock: share(copied - copiedStock),
    stock: share(copiedStock),
    sources,
    largest: sources[0] ?? null,
    paragraphs: runs,
    twins,
    withTwins,
  };
}
