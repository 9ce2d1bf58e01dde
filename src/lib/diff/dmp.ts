/**
 * The one adapter over diff-match-patch. It diffs sequences of tokens (characters, words,
 * sentences, paragraphs) by giving each distinct token one UTF-16 code unit, so that the library
 * can never cut a surrogate pair or a word in two, and converts its tuples into our own Op type.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { Op, OpKind } from './ops.ts';

export interface DiffOptions {
  /** Seconds diff-match-patch may spend; 0 means no limit and a minimal diff. */
  timeout: number;
  /** Run diff-match-patch's semantic cleanup (merge coincidental equalities into the edits). */
  semantic: boolean;
}

/**
 * Equalities of this many characters or more are shared text, never coincidence: the semantic
 * cleanup must not fold them into the edits around them. diff-match-patch drops any equality
 * shorter than the edits on both sides, so a 46-character sentence two speeches share, between a
 * rewritten opening and a rewritten close, was shown as removed and added. The same length as
 * the reuse analysis's shortest passage (reuse/passages.ts MIN_PASSAGE): a shared passage the
 * diff finds in step is not folded away by the cleanup. (One the two speeches have in another
 * order, or in paragraphs not paired, still shows as removed and added.)
 */
export const KEEP_EQUAL = 12;

const KIND: Record<number, OpKind> = {
  [DiffMatchPatch.DIFF_EQUAL]: 'equal',
  [DiffMatchPatch.DIFF_DELETE]: 'delete',
  [DiffMatchPatch.DIFF_INSERT]: 'insert',
};

/** Code units that are neither surrogates nor the ASCII controls diff-match-patch treats specially. */
function* codePool(used: ReadonlySet<number>): Generator<number> {
  // Private use first, then the rest of the BMP: a token's code never looks like a real character
  // in the common case, and there are about 63,000 codes in all.
  const ranges: [number, number][] = [
    [0xe000, 0xf8ff],
    [0x0100, 0xd7ff],
    [0xf900, 0xfffd],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) if (!used.has(code)) yield code;
  }
}

/** Can this token stand for itself? Only single BMP characters outside the private use area. */
function isIdentity(token: string): boolean {
  if (token.length !== 1) return false;
  const code = token.charCodeAt(0);
  return !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0xe000 && code <= 0xf8ff);
}

class TokenEncoder {
  private readonly codes = new Map<string, string>();
  private readonly tokens = new Map<string, string>();
  private readonly pool: Generator<number>;

  constructor(sequences: readonly (readonly string[])[]) {
    const used = new Set<number>();
    for (const seq of sequences) for (const t of seq) if (isIdentity(t)) used.add(t.charCodeAt(0));
    this.pool = codePool(used);
  }

  encode(tokens: readonly string[]): string {
    let out = '';
    for (const token of tokens) out += this.codeOf(token);
    return out;
  }

  decode(encoded: string): string {
    let out = '';
    for (const unit of encoded) out += this.tokens.get(unit) ?? unit;
    return out;
  }

  private codeOf(token: string): string {
    let code = this.codes.get(token);
    if (code === undefined) {
      if (isIdentity(token)) code = token;
      else {
        const next = this.pool.next();
        if (next.done) throw new RangeError('too many distinct tokens to diff');
        code = String.fromCharCode(next.value);
      }
      this.codes.set(token, code);
      this.tokens.set(code, token);
    }
    return code;
  }
}

function runDiff(a: readonly string[], b: readonly string[], options: DiffOptions) {
  const encoder = new TokenEncoder([a, b]);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = options.timeout;
  const diffs = dmp.diff_main(encoder.encode(a), encoder.encode(b), false);
  if (!options.semantic) return { encoder, diffs };
  return { encoder, diffs: cleanupBetweenKept(dmp, diffs, (text) => keep(encoder.decode(text))) };
}

const keep = (text: string) => {
  let n = 0;
  for (const _ of text) if (++n >= KEEP_EQUAL) return true;
  return false;
};

type Diff = DiffMatchPatch.Diff;

/**
 * The semantic cleanup run separately on the stretches between long equalities (see KEEP_EQUAL),
 * which therefore stay as they are.
 */
function cleanupBetweenKept(
  dmp: DiffMatchPatch,
  diffs: readonly Diff[],
  kept: (text: string) => boolean,
): Diff[] {
  const out: Diff[] = [];
  let stretch: Diff[] = [];
  const flush = () => {
    dmp.diff_cleanupSemantic(stretch);
    out.push(...stretch);
    stretch = [];
  };
  for (const diff of diffs) {
    if (diff[0] === DiffMatchPatch.DIFF_EQUAL && kept(diff[1])) {
      flush();
      out.push(diff);
    } else stretch.push(diff);
  }
  flush();
  // A stretch's cleanup may leave an equality next to a kept one: one op, as callers expect.
  const merged: Diff[] = [];
  for (const [op, text] of out) {
    const last = merged.at(-1);
    if (last?.[0] === op) last[1] += text;
    else merged.push([op, text]);
  }
  return merged;
}

/** Diffs two token sequences; the ops' texts are the tokens joined. */
export function diffTokens(a: readonly string[], b: readonly string[], options: DiffOptions): Op[] {
  const { encoder, diffs } = runDiff(a, b, options);
  return diffs.map(([op, text]) => ({ kind: KIND[op] ?? 'equal', text: encoder.decode(text) }));
}

/** Diffs two token sequences, saying how many tokens each op covers (for aligning lists). */
export function diffTokenCounts(
  a: readonly string[],
  b: readonly string[],
  options: DiffOptions,
): { kind: OpKind; count: number }[] {
  // Each token is one code unit in the encoded text.
  return runDiff(a, b, options).diffs.map(([op, text]) => ({
    kind: KIND[op] ?? 'equal',
    count: text.length,
  }));
}

/** Splits a string into code points, so astral characters stay whole. */
export const codePoints = (text: string): string[] => Array.from(text);
