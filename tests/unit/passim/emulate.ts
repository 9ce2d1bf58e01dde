/**
 * What passim (github.com/dasmiq/passim) writes for a collection, emulated the plain way, to
 * build fixtures in its documented shape without Spark: every maximal run of at least `minAlign`
 * code points that two texts of different series share in their passim text (paragraphs joined
 * by '\n', which a run may cross, as passim's alignment does without --complete-lines) is one
 * pairwise alignment (`align.json`, as with --pairwise); passages that overlap in one text are
 * one cluster, and each text's passages in a cluster are merged (`out.json`, as clusterExtents
 * and merge_spans do). Offsets count code points, as passim's do. Not passim: it aligns exact
 * runs only, where passim's alignment also bridges small edits (README, "passim and the index").
 */
import { passimRecord } from '../../../src/lib/passim/export.ts';
import type { CollectionText } from '../../../src/lib/passim/text.ts';

interface Span {
  doc: number;
  begin: number;
  end: number;
}

/** A 64-bit identifier as passim's are (xxhash64, connected components), beyond 2^53. */
const big = (n: number) => (9_007_199_254_740_993n + BigInt(n) * 1_000_003n).toString();

export function emulatePassim(
  texts: readonly CollectionText[],
  minAlign: number,
): { out: string; align: string } {
  const records = texts.map(passimRecord);
  const codes = records.map((r) => Array.from(r.text, (c) => c.codePointAt(0)!));
  const spans: Span[] = [];
  const links: [number, number][] = [];
  const align: string[] = [];
  for (let a = 0; a < texts.length; a++)
    for (let b = a + 1; b < texts.length; b++) {
      if (records[a]!.series === records[b]!.series) continue;
      const [x, y] = [codes[a]!, codes[b]!];
      for (let i = 0; i < x.length; i++)
        for (let j = 0; j < y.length; j++) {
          if (x[i] !== y[j] || (i > 0 && j > 0 && x[i - 1] === y[j - 1])) continue;
          let n = 1;
          while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n++;
          if (n < minAlign) continue;
          links.push([spans.length, spans.length + 1]);
          spans.push({ doc: a, begin: i, end: i + n }, { doc: b, begin: j, end: j + n });
          const s = String.fromCodePoint(...x.slice(i, i + n));
          align.push(
            JSON.stringify({
              uid: big(a),
              uid2: big(b),
              id: records[a]!.id,
              id2: records[b]!.id,
              begin: i,
              end: i + n,
              begin2: j,
              end2: j + n,
              s1: s,
              s2: s,
              matches: n,
            }),
          );
        }
    }
  // Clusters: passages linked by an alignment or overlapping in one text.
  const parent = spans.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => (parent[find(i)] = find(j));
  for (const [i, j] of links) union(i, j);
  const order = spans
    .map((_, i) => i)
    .sort((p, q) => spans[p]!.doc - spans[q]!.doc || spans[p]!.begin - spans[q]!.begin);
  for (let k = 1, reach = -1, last = -1; k <= order.length; k++) {
    const prev = spans[order[k - 1]!]!;
    if (prev.doc !== last) [reach, last] = [-1, prev.doc];
    reach = Math.max(reach, prev.end);
    const next = order[k] === undefined ? undefined : spans[order[k]!]!;
    if (next && next.doc === prev.doc && next.begin < reach) union(order[k - 1]!, order[k]!);
  }
  const clusters = new Map<number, Span[]>();
  for (const i of order) {
    const list = clusters.get(find(i)) ?? [];
    const span = spans[i]!;
    const tail = list[list.length - 1];
    if (tail && tail.doc === span.doc && span.begin <= tail.end)
      tail.end = Math.max(tail.end, span.end);
    else list.push({ ...span });
    clusters.set(find(i), list);
  }
  const out: string[] = [];
  let c = 0;
  for (const list of clusters.values()) {
    const cluster = big(1000 + c++);
    const size = new Set(list.map((s) => s.doc)).size;
    for (const s of list) {
      const record = records[s.doc]!;
      const passage = String.fromCodePoint(...codes[s.doc]!.slice(s.begin, s.end));
      out.push(
        `{"cluster":${cluster},"size":${size},${JSON.stringify({ ...record, text: passage }).slice(1, -1)},` +
          `"begin":${s.begin},"end":${s.end},"uid":${big(s.doc)},"pboiler":0.0}`,
      );
    }
  }
  return {
    out: out.join('\n') + '\n',
    align: align.map((line) => line.replace(/"(uid2?)":"(\d+)"/gu, '"$1":$2')).join('\n') + '\n',
  };
}
