/**
 * The collation of a collection: one column per text, one row per aligned sentence group.
 *
 * Identical speeches are one text (one witness, as in CollateX) and share every cell, so they
 * always align row for row. Witnesses join the table one at a time, in the order given:
 *
 * 1. Each sentence of the new witness (sentences.ts) is compared with every row's readings (the
 *    distinct texts of the sentences already in it, the first few of them: readings.ts). Its
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
import { heaviestChain } from '../heaviest-chain.ts';
import { Readings, type Bag } from './readings.ts';
import { sentencesOfSpeech, type Sentence } from './sentences.ts';
import { Bigrams } from './similarity.ts';

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

interface Join {
  sentence: number;
  row: number;
  similarity: number;
}

/** Collates the speeches (in the order given, identical ones as one witness). */
export function collate(speeches: readonly SpeechText[], threshold = THRESHOLD): Collation {
  const witnesses = witnessesOf(speeches);
  const grams = new Bigrams();
  const rows: Row[] = [];
  const readings = new Readings();
  let order: number[] = [];

  const openRow = (witness: number, cell: Cell, bag: Bag): number => {
    const id = rows.length;
    const cells: (Cell | null)[] = new Array<Cell | null>(witnesses.length).fill(null);
    cells[witness] = cell;
    rows.push({ cells, movedIn: [] });
    readings.add(id, bag);
    return id;
  };

  witnesses.forEach(({ text }, w) => {
    const sentences = sentencesOfSpeech(text.paragraphs);
    const bags = sentences.map((s) => ({ text: s.text, grams: grams.of(s.text) }));
    const position = new Int32Array(rows.length);
    order.forEach((id, p) => (position[id] = p));
    const joins: Join[] = [];
    const best: (Join | null)[] = [];
    readings.alike(bags, threshold).forEach((alike, s) => {
      let top: Join | null = null;
      for (const { row, similarity } of alike) {
        const join = { sentence: s, row, similarity };
        joins.push(join);
        if (!top || join.similarity > top.similarity) top = join;
      }
      best.push(top);
    });

    // Step 2: a link from each sentence to its row's place in the table, weighed by similarity.
    const chain = heaviestChain(joins, rows.length, (j) => ({
      x: j.sentence,
      y: position[j.row]!,
      weight: j.similarity,
    }));
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
      readings.add(row, bags[s]!);
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
