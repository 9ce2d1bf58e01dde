/**
 * Ignore options change what is compared, never what is shown. Each token gets a comparison key
 * (its text with the ignored differences normalised away); the diff runs over the keys; then each
 * side's ops are rebuilt from that side's own tokens, so pane A still shows exactly A and pane B
 * exactly B. Where the keys match but the texts do not, the equal op carries both (`textB`).
 */
import { diffTokenCounts, diffTokens, type DiffOptions } from './dmp.ts';
import { keyedText, keyOf } from './keys.ts';
import type { Ignore } from './model.ts';
import { equalOps, mergeOps, sideA, sideB, type Op } from './ops.ts';
import { charTokens } from './tokenize.ts';

/** One side being rebuilt: its tokens, which of them are keyed, and how far it has been read. */
interface Cursor {
  tokens: readonly string[];
  keys: string[];
  /** Indices of the tokens that take part in the comparison. */
  keyed: number[];
  /** Next token to emit. */
  next: number;
  /** Keyed tokens emitted so far. */
  used: number;
}

function cursor(tokens: readonly string[], ignore: ReadonlySet<Ignore>): Cursor {
  const all = tokens.map((t) => keyOf(t, ignore));
  const keyed = all.flatMap((k, i) => (k === '' ? [] : [i]));
  return { tokens, keys: keyed.map((i) => all[i]!), keyed, next: 0, used: 0 };
}

/** The left-out tokens from where the cursor is to the next keyed token (or the end). */
function gap(c: Cursor): string {
  const end = c.keyed[c.used] ?? c.tokens.length;
  const text = c.tokens.slice(c.next, end).join('');
  c.next = end;
  return text;
}

/** The next `count` keyed tokens with the left-out tokens between them. */
function keyedRun(c: Cursor, count: number): string {
  c.used += count;
  const end = c.keyed[c.used - 1]! + 1;
  const text = c.tokens.slice(c.next, end).join('');
  c.next = end;
  return text;
}

/**
 * Diffs two token sequences by their keys, giving ops whose sides are exactly the two inputs and
 * whose edits are only what differs under the options.
 */
export function diffIgnoring(
  a: readonly string[],
  b: readonly string[],
  ignore: ReadonlySet<Ignore>,
  options: DiffOptions,
): Op[] {
  if (ignore.size === 0) return diffTokens(a, b, options);
  // Texts that match as a whole under the options: no need for words or sentences to agree.
  const [ta, tb] = [a.join(''), b.join('')];
  if (keyedText(ta, ignore) === keyedText(tb, ignore)) {
    return rebuild(charTokens(ta), charTokens(tb), ignore, options);
  }
  return settleRuns(rebuild(a, b, ignore, options), ignore, options);
}

/**
 * The diff of the keys, rebuilt from the original tokens. A left-out token inside an edit (the
 * comma of a deleted sentence) belongs to that edit; one between ops belongs to an equal op, on
 * its side only, so it is never highlighted by itself. Equal runs are rebuilt token by token, so
 * that 推动，发展 against 推动发展 reads 推动{，|}发展: only the ignored difference differs.
 */
function rebuild(
  a: readonly string[],
  b: readonly string[],
  ignore: ReadonlySet<Ignore>,
  options: DiffOptions,
): Op[] {
  const ca = cursor(a, ignore);
  const cb = cursor(b, ignore);
  // Left-out tokens before the first keyed token of each side: unchanged, not highlighted.
  const ops: Op[] = equalOps(gap(ca), gap(cb));
  for (const { kind, count } of diffTokenCounts(ca.keys, cb.keys, options)) {
    if (kind === 'delete') ops.push({ kind, text: keyedRun(ca, count) });
    else if (kind === 'insert') ops.push({ kind, text: keyedRun(cb, count) });
    else {
      for (let k = 0; k < count; k++) {
        ops.push(...equalOps(keyedRun(ca, 1), keyedRun(cb, 1)), ...equalOps(gap(ca), gap(cb)));
      }
    }
  }
  // Whatever is left after a final edit is left-out tokens.
  ops.push(...equalOps(gap(ca), gap(cb)));
  return mergeOps(ops);
}

/** How many runs of edits, with the equalities between them, one settling may span. */
const SETTLE_RUNS = 3;

/**
 * Words and sentences are cut at punctuation and spaces, so texts that differ only there may be
 * cut differently (中，国 gives 中|，|国, 中国 one word; 甲。乙。 two sentences, 甲，乙。 one),
 * and their keys then differ although their texts match under the options. A stretch of up to
 * `SETTLE_RUNS` runs of edits whose two sides have the same compared text is therefore no change:
 * it is rebuilt character by character, as equal ops.
 */
function settleRuns(ops: readonly Op[], ignore: ReadonlySet<Ignore>, options: DiffOptions): Op[] {
  const isEdit = (i: number) => ops[i] !== undefined && ops[i].kind !== 'equal';
  const out: Op[] = [];
  let i = 0;
  while (i < ops.length) {
    if (!isEdit(i)) {
      out.push(ops[i++]!);
      continue;
    }
    let end = i;
    let settled = false;
    for (let runs = 0; runs < SETTLE_RUNS && end < ops.length; runs++) {
      while (isEdit(end)) end++;
      const stretch = ops.slice(i, end);
      const [a, b] = [sideA(stretch), sideB(stretch)];
      if (keyedText(a, ignore) === keyedText(b, ignore)) {
        out.push(...rebuild(charTokens(a), charTokens(b), ignore, options));
        settled = true;
        break;
      }
      while (end < ops.length && !isEdit(end)) end++;
    }
    if (settled) {
      i = end;
      continue;
    }
    while (isEdit(i)) out.push(ops[i++]!);
  }
  return mergeOps(out);
}
