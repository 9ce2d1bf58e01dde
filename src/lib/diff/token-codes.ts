/**
 * Tokens as UTF-16 code units: dmp.ts hands diff-match-patch one code unit per token (grapheme
 * cluster, word, sentence, paragraph), so that the library can never cut one in two.
 */

const SPACE = /\s/u;

/**
 * Code units that are neither surrogates, whitespace nor the ASCII controls diff-match-patch
 * treats specially: private use first (a code never looks like a real character in the common
 * case), then the rest of the BMP, about 63,000 in all.
 */
function* codePool(used: ReadonlySet<number>): Generator<number> {
  const ranges: [number, number][] = [
    [0xe000, 0xf8ff],
    [0x0100, 0xd7ff],
    [0xf900, 0xfffd],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      if (!used.has(code) && !SPACE.test(String.fromCharCode(code))) yield code;
    }
  }
}

/** Can this token stand for itself? Only single BMP characters outside the private use area. */
function isIdentity(token: string): boolean {
  if (token.length !== 1) return false;
  const code = token.charCodeAt(0);
  return !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0xe000 && code <= 0xf8ff);
}

/**
 * Gives each token of two sequences one code unit. Only tokens found on both sides need codes of
 * their own: every other token stands for itself (a single character) or shares one code per
 * side that the other side never has, so it can never match. So no input runs out of codes; if
 * more than about 63,000 distinct tokens occur on both sides, the rest are treated as unmatched
 * and the diff is approximate (`overflow`).
 */
export function encode(a: readonly string[], b: readonly string[]) {
  const inA = new Set(a);
  const inB = new Set(b);
  const used = new Set<number>();
  for (const t of [...inA, ...inB]) if (isIdentity(t)) used.add(t.charCodeAt(0));
  const pool = codePool(used);
  const take = () => {
    const next = pool.next();
    return next.done ? null : String.fromCharCode(next.value);
  };
  // Two codes found in no text: one for A's unmatched tokens, one for B's.
  const onlyA = take() ?? '\u0001';
  const onlyB = take() ?? '\u0002';
  const codes = new Map<string, string>();
  let overflow = false;
  for (const t of inA) {
    if (isIdentity(t)) codes.set(t, t);
    else if (inB.has(t)) {
      const code = take();
      if (code === null) overflow = true;
      else codes.set(t, code);
    }
  }
  for (const t of inB) if (isIdentity(t)) codes.set(t, t);
  const text = (tokens: readonly string[], unmatched: string) => {
    let out = '';
    for (const t of tokens) out += codes.get(t) ?? unmatched;
    return out;
  };
  return { a: text(a, onlyA), b: text(b, onlyB), overflow };
}
