/**
 * The collation of a collection: one column per text, one row per aligned sentence group.
 *
 * Identical speeches are one text (one witness, as in CollateX) and share every cell, so they
 * always align row for row. Witnesses join the table one at a time, in the order given:
 *
 * 1. Each sentence of the new witness (sentences.ts) is compared with every row's readings (the
 *    distinct texts of the sentences already in it, the first MAX_READINGS of them). Its
 *    similarity to the row is the least of these (similarity.ts: Dice over character bigrams,
 *    punctuation ignored); it may join the row when that is at least THRESHOLD, so that no two
 *    readings of a row are less alike than that (a sentence like one reading but not another
 *    once chained unlike sentences into one row).
 * 2. Of these possible joins, the alignment takes the set with the greatest total similarity in
 *    which the witness's sentences and the rows keep the same order (a heaviest common
 *    subsequence, found in O(p log p) for p possible joins). Those sentences join their rows.
 * 3. Every other sentence opens a new row of its own, placed just before the row that the
 *    witness's next joined sentence went to (at the end when none follows). So the witness's
 *    column, read down, is its text in order.
 * 4. A sentence left out in step 2 although it passed the threshold with a row that has no
 *    sentence of this witness is a moved sentence: it keeps its own place (step 3) and names the
 *    row of its counterparts (`moved`); that row lists it in `movedIn`.
 */
import { Bigrams, diceOfCounts } from './similarity.ts';
import { sentencesOfSpeech, type Sentence } from './sentences.ts';

/**
 * The least similarity for a sentence to join a row. Measured on the corpus (each sentence against
 * every sentence of the other speeches, twins once): pairs from 0.24 up are still counterparts in
 * the genre's sense, the same move made in other words (第二，要旗帜鲜明突出政治建设。 and
 * 第一，要狠抓政治建设。 score 0.30; 习近平总书记在全国两会期间发表了一系列重要讲话… and
 * 全国两会期间，习近平总书记发表了系列重要讲话… 0.38), below that they share only the genre's
 * words. At 0.3 a row holds sentences that share about a third of their character pairs; the
 * opening 这次全国“两会”…对于进一步动员全国人民… scores 0.54 between （一） and （二）, 0.88
 * between （一） and （三）. 0.2 would join sentences that share only 习近平总书记 and 全国两会.
 */
export const THRESHOLD = 0.3;
/**
 * Readings of a row a new sentence is compared with. The corpus has five texts, so all; the cap
 * keeps a collection of a hundred near-copies from comparing each sentence with every variant.
 */
const MAX_READINGS = 8;

export interface SpeechText {
  number: number;
  paragraphs: readonly string[];
}

export interface Cell extends Sentence {
  /** For a moved sentence: the index of the row of its counterparts, else null. */
  moved: number | null;
}

export interface Row {
  /** One cell per witness, null where the witness has no sentence here. */
  cells: (Cell | null)[];
  /** Moved sentences of other witnesses that belong here: the witness and the row they stand in. */
  movedIn: { witness: number; row: number }[];
}

export interface Collation {
  /** The witnesses in column order, each the numbers of its identical speeches, ascending. */
  witnesses: number[][];
  rows: Row[];
}

interface Building {
  cells: (Cell | null)[];
  /** The distinct texts of its sentences so far, at most MAX_READINGS of them compared. */
  readings: Set<string>;
  movedIn: { witness: number; row: number }[];
}

/** Groups identical speeches, first appearance first. */
function witnessesOf(speeches: readonly SpeechText[]): { numbers: number[]; text: SpeechText }[] {
  const byText = new Map<string, { numbers: number[]; text: SpeechText }>();
  for (const s of speeches) {
    const key = JSON.stringify(s.paragraphs);
    const found = byText.get(key);
    if (found) found.numbers.push(s.number);
    else byText.set(key, { numbers: [s.number], text: s });
  }
  return [...byText.values()].map((w) => ({ ...w, numbers: w.numbers.sort((x, y) => x - y) }));
}

/** A Fenwick tree of prefix maxima over row positions: best chain ending before a position. */
class PrefixMax {
  private readonly score: Float64Array;
  private readonly at: Int32Array;
  constructor(size: number) {
    this.score = new Float64Array(size + 1);
    this.at = new Int32Array(size + 1).fill(-1);
  }
  /** Best [score, join] among positions < pos. */
  before(pos: number): [number, number] {
    let [best, at] = [0, -1];
    for (let i = pos; i > 0; i -= i & -i) {
      if (this.score[i]! > best) [best, at] = [this.score[i]!, this.at[i]!];
    }
    return [best, at];
  }
  set(pos: number, score: number, join: number): void {
    for (let i = pos + 1; i < this.score.length; i += i & -i) {
      if (score > this.score[i]!) [this.score[i], this.at[i]] = [score, join];
    }
  }
}

interface Join {
  sentence: number;
  row: number;
  similarity: number;
}

/** The heaviest chain of joins increasing in both sentence and row position. */
function heaviestChain(joins: Join[], position: Int32Array, rows: number): Join[] {
  // By sentence, and within a sentence by falling position, so that no two joins of one sentence
  // can chain.
  const sorted = [...joins].sort(
    (x, y) => x.sentence - y.sentence || position[y.row]! - position[x.row]!,
  );
  const tree = new PrefixMax(rows);
  const back = new Int32Array(sorted.length);
  let [best, end] = [0, -1];
  sorted.forEach((j, k) => {
    const [score, previous] = tree.before(position[j.row]!);
    back[k] = previous;
    tree.set(position[j.row]!, score + j.similarity, k);
    if (score + j.similarity > best) [best, end] = [score + j.similarity, k];
  });
  const chain: Join[] = [];
  for (let k = end; k >= 0; k = back[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}

/** Collates the speeches (in the order given, identical ones as one witness). */
export function collate(speeches: readonly SpeechText[], threshold = THRESHOLD): Collation {
  const witnesses = witnessesOf(speeches);
  const grams = new Bigrams();
  const rows: Building[] = [];
  /** Every reading compared with: its row and its number of bigrams. */
  const readingRow: number[] = [];
  const readingSize: number[] = [];
  /** Per bigram id, the readings that have it and how often (flat pairs). */
  const postings: number[][] = [];
  /** Readings without letters (an empty sentence, a lone 。), by text: they match only their own. */
  const bare = new Map<string, number[]>();
  let order: number[] = [];

  const addReading = (row: number, text: string, g: Int32Array) => {
    const r = rows[row]!;
    if (r.readings.has(text) || r.readings.size >= MAX_READINGS) return;
    r.readings.add(text);
    const id = readingRow.length;
    readingRow.push(row);
    readingSize.push(g.length);
    if (g.length === 0) (bare.get(text) ?? bare.set(text, []).get(text)!).push(row);
    for (let i = 0; i < g.length;) {
      let j = i;
      while (j < g.length && g[j] === g[i]) j++;
      (postings[g[i]!] ??= []).push(id, j - i);
      i = j;
    }
  };

  const openRow = (witness: number, cell: Cell, g: Int32Array): number => {
    const id = rows.length;
    const cells: (Cell | null)[] = new Array<Cell | null>(witnesses.length).fill(null);
    cells[witness] = cell;
    rows.push({ cells, readings: new Set(), movedIn: [] });
    addReading(id, cell.text, g);
    return id;
  };

  witnesses.forEach(({ text }, w) => {
    const sentences = sentencesOfSpeech(text.paragraphs);
    const bags = sentences.map((s) => grams.of(s.text));
    const position = new Int32Array(rows.length);
    order.forEach((id, p) => (position[id] = p));
    const common = new Int32Array(readingRow.length);
    /** Per row, the least similarity to its readings that passed, and how many passed. */
    const rowSimilarity = new Float64Array(rows.length);
    const passed = new Int32Array(rows.length);
    const joins: Join[] = [];
    const best: (Join | null)[] = [];
    bags.forEach((bag, s) => {
      const touched: number[] = [];
      for (let i = 0; i < bag.length;) {
        let j = i;
        while (j < bag.length && bag[j] === bag[i]) j++;
        const list = postings[bag[i]!] ?? [];
        for (let k = 0; k < list.length; k += 2) {
          const reading = list[k]!;
          if (common[reading] === 0) touched.push(reading);
          common[reading]! += Math.min(j - i, list[k + 1]!);
        }
        i = j;
      }
      const candidates: number[] = [];
      const consider = (row: number, sim: number) => {
        if (sim < threshold) return;
        if (passed[row] === 0) candidates.push(row);
        rowSimilarity[row] = passed[row] === 0 ? sim : Math.min(rowSimilarity[row]!, sim);
        passed[row]!++;
      };
      for (const reading of touched) {
        consider(
          readingRow[reading]!,
          diceOfCounts(common[reading]!, bag.length, readingSize[reading]!),
        );
        common[reading] = 0;
      }
      if (bag.length === 0) for (const row of bare.get(sentences[s]!.text) ?? []) consider(row, 1);
      let top: Join | null = null;
      for (const row of candidates) {
        // A reading it shares no pair with, or too few, leaves the row out.
        const alike = passed[row] === rows[row]!.readings.size;
        const join = { sentence: s, row, similarity: rowSimilarity[row]! };
        [rowSimilarity[row], passed[row]] = [0, 0];
        if (!alike) continue;
        joins.push(join);
        if (!top || join.similarity > top.similarity) top = join;
      }
      best.push(top);
    });

    const chain = heaviestChain(joins, position, rows.length);
    const joined = new Map(chain.map((j) => [j.sentence, j.row]));
    const next: number[] = [];
    let pending: number[] = [];
    let from = 0;
    const rowOf: number[] = [];
    sentences.forEach((sentence, s) => {
      const row = joined.get(s);
      const cell: Cell = { ...sentence, moved: null };
      if (row === undefined) {
        pending.push((rowOf[s] = openRow(w, cell, bags[s]!)));
        return;
      }
      rowOf[s] = row;
      rows[row]!.cells[w] = cell;
      addReading(row, cell.text, bags[s]!);
      next.push(...order.slice(from, position[row]), ...pending, row);
      from = position[row]! + 1;
      pending = [];
    });
    next.push(...order.slice(from), ...pending);
    order = next;

    // Moved: the best row of a sentence left out, when that row has nothing of this witness.
    best.forEach((join, s) => {
      if (!join || joined.has(s) || rows[join.row]!.cells[w] !== null) return;
      const own = rowOf[s]!;
      rows[own]!.cells[w]!.moved = join.row;
      rows[join.row]!.movedIn.push({ witness: w, row: own });
    });
  });

  const index = new Int32Array(rows.length);
  order.forEach((id, i) => (index[id] = i));
  return {
    witnesses: witnesses.map((w) => w.numbers),
    rows: order.map((id) => {
      const r = rows[id]!;
      return {
        cells: r.cells.map((c) => (c && c.moved !== null ? { ...c, moved: index[c.moved]! } : c)),
        movedIn: r.movedIn.map((m) => ({ witness: m.witness, row: index[m.row]! })),
      };
    }),
  };
}

/** A witness's text read down its column: its paragraphs, rebuilt from its cells. */
export function columnText(collation: Collation, witness: number): string[] {
  const paragraphs: string[] = [];
  for (const row of collation.rows) {
    const cell = row.cells[witness];
    if (!cell) continue;
    while (paragraphs.length <= cell.paragraph) paragraphs.push('');
    paragraphs[cell.paragraph] += cell.text;
  }
  return paragraphs;
}
