/**
 * Suffix array and LCP array over integer text, the index behind shared passages. Every repeated
 * substring is an interval of the suffix array, so one pass over it finds all the passages of a
 * collection at once, at a cost that grows with the length of the text, not with pairs of speeches.
 */

/**
 * Suffix array by SA-IS (Nong, Zhang and Chan), as ported from the AtCoder Library: linear time
 * whatever the text, so near-duplicate speeches with long common stretches cost no more than
 * unrelated ones. Symbols are non-negative integers; a shorter suffix sorts before a longer one
 * it is a prefix of.
 */
export function suffixArray(s: Int32Array): Int32Array {
  // Dense symbols keep the bucket arrays as small as the alphabet actually used.
  let max = 0;
  for (const c of s) max = Math.max(max, c);
  const dense = new Int32Array(max + 1);
  for (const c of s) dense[c] = 1;
  let upper = -1;
  for (let c = 0; c <= max; c++) dense[c] = dense[c] ? ++upper : -1;
  return saIs(
    s.map((c) => dense[c]!),
    Math.max(upper, 0),
  );
}

function saIs(s: Int32Array, upper: number): Int32Array {
  const n = s.length;
  if (n < 2) return new Int32Array(n);
  if (n === 2) return Int32Array.from(s[0]! < s[1]! ? [0, 1] : [1, 0]);
  const sa = new Int32Array(n);
  // S-type (1) sorts before the suffix after it, L-type (0) after; the last suffix is L.
  const ls = new Uint8Array(n);
  for (let i = n - 2; i >= 0; i--)
    ls[i] = s[i] === s[i + 1] ? ls[i + 1]! : s[i]! < s[i + 1]! ? 1 : 0;
  const sumL = new Int32Array(upper + 2);
  const sumS = new Int32Array(upper + 2);
  for (let i = 0; i < n; i++) {
    if (!ls[i]) sumS[s[i]!]!++;
    else sumL[s[i]! + 1]!++;
  }
  for (let c = 0; c <= upper; c++) {
    sumS[c]! += sumL[c]!;
    if (c < upper) sumL[c + 1]! += sumS[c]!;
  }
  const bucket = new Int32Array(upper + 2);
  const induce = (lms: ArrayLike<number>) => {
    sa.fill(-1);
    bucket.set(sumS);
    for (let k = 0; k < lms.length; k++) {
      const d = lms[k]!;
      if (d !== n) sa[bucket[s[d]!]!++] = d;
    }
    bucket.set(sumL);
    sa[bucket[s[n - 1]!]!++] = n - 1;
    for (let i = 0; i < n; i++) {
      const v = sa[i]!;
      if (v >= 1 && !ls[v - 1]) sa[bucket[s[v - 1]!]!++] = v - 1;
    }
    bucket.set(sumL);
    for (let i = n - 1; i >= 0; i--) {
      const v = sa[i]!;
      if (v >= 1 && ls[v - 1]) sa[--bucket[s[v - 1]! + 1]!] = v - 1;
    }
  };
  // Leftmost S-type positions: the substrings between them are sorted first, then by recursion.
  const lmsMap = new Int32Array(n + 1).fill(-1);
  const lms: number[] = [];
  for (let i = 1; i < n; i++) {
    if (!ls[i - 1] && ls[i]) {
      lmsMap[i] = lms.length;
      lms.push(i);
    }
  }
  const m = lms.length;
  induce(lms);
  if (m === 0) return sa;
  const sorted: number[] = [];
  for (let i = 0; i < n; i++) if (lmsMap[sa[i]!] !== -1) sorted.push(sa[i]!);
  const rec = new Int32Array(m);
  let recUpper = 0;
  rec[lmsMap[sorted[0]!]!] = 0;
  for (let i = 1; i < m; i++) {
    let [l, r] = [sorted[i - 1]!, sorted[i]!];
    const endL = lmsMap[l]! + 1 < m ? lms[lmsMap[l]! + 1]! : n;
    const endR = lmsMap[r]! + 1 < m ? lms[lmsMap[r]! + 1]! : n;
    let same = endL - l === endR - r;
    if (same) {
      while (l < endL && s[l] === s[r]) {
        l++;
        r++;
      }
      if (l === n || s[l] !== s[r]) same = false;
    }
    if (!same) recUpper++;
    rec[lmsMap[sorted[i]!]!] = recUpper;
  }
  const recSa = saIs(rec, recUpper);
  for (let i = 0; i < m; i++) sorted[i] = lms[recSa[i]!]!;
  induce(sorted);
  return sa;
}

/**
 * Kasai's LCP array: lcp[r] is how many symbols suffixes sa[r − 1] and sa[r] share before a
 * separator (lcp[0] = 0), so no common run ever crosses one. The cap keeps Kasai's invariant: a
 * shared run without separator, less its first symbol, is still one. Also returns the inverse of
 * sa, which the passage search needs.
 */
export function lcpArray(
  s: Int32Array,
  sa: Int32Array,
  separator: number,
): { lcp: Int32Array; rank: Int32Array } {
  const n = s.length;
  const rank = new Int32Array(n);
  const lcp = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[sa[r]!] = r;
  let h = 0;
  for (let i = 0; i < n; i++) {
    const r = rank[i]!;
    if (r === 0) {
      h = 0;
      continue;
    }
    const j = sa[r - 1]!;
    while (i + h < n && j + h < n && s[i + h] === s[j + h] && s[i + h] !== separator) h++;
    lcp[r] = h;
    if (h > 0) h--;
  }
  return { lcp, rank };
}
