/**
 * The heaviest chain: of weighted links between two sequences (x in one, y in the other), the
 * links increasing in both x and y with the greatest total weight. The paragraph alignment
 * (diff/align.ts) pairs removed and added paragraphs with it, the collation (collate/align.ts) a
 * witness's sentences and the rows.
 *
 * O(k log k) for k links: taken by x, and within one x by falling y, so that two links of one x
 * never chain; a Fenwick tree over y holds the best chain ending before each y.
 */
export interface Link {
  x: number;
  y: number;
  /** Greater than 0. */
  weight: number;
}

/** The items whose links make the heaviest chain, in order; every y below `size`. */
export function heaviestChain<T>(items: readonly T[], size: number, link: (item: T) => Link): T[] {
  // The links in typed arrays, not objects: a block of 500,000 lines a side has millions.
  const [xs, ys, weights] = [
    new Float64Array(items.length),
    new Float64Array(items.length),
    new Float64Array(items.length),
  ];
  items.forEach((item, k) => {
    const { x, y, weight } = link(item);
    xs[k] = x;
    ys[k] = y;
    weights[k] = weight;
  });
  // Links equal in x and y keep the order given, and the first of them wins.
  const order = new Int32Array(items.length)
    .map((_, k) => k)
    .sort((p, q) => xs[p]! - xs[q]! || ys[q]! - ys[p]! || p - q);
  const best = new Float64Array(size + 1);
  const ends = new Int32Array(size + 1).fill(-1);
  const parent = new Int32Array(order.length).fill(-1);
  const total = new Float64Array(order.length);
  let top = -1;
  order.forEach((item, k) => {
    const y = ys[item]!;
    const weight = weights[item]!;
    let [value, from] = [0, -1];
    for (let p = y; p > 0; p -= p & -p) {
      if (best[p]! > value) [value, from] = [best[p]!, ends[p]!];
    }
    total[k] = value + weight;
    parent[k] = from;
    for (let p = y + 1; p <= size; p += p & -p) {
      if (total[k] > best[p]!) [best[p], ends[p]] = [total[k], k];
    }
    if (top === -1 || total[k] > total[top]!) top = k;
  });
  const chain: T[] = [];
  for (let k = top; k !== -1; k = parent[k]!) chain.push(items[order[k]!]!);
  return chain.reverse();
}
