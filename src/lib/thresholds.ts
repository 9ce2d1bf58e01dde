/**
 * Numbers two parts of the analysis (or of the views) must agree on, each defined once.
 */

/**
 * The shortest passage that counts as reuse, in characters (code points, punctuation included).
 * Measured on the corpus, passages found by minimum: 8 → 46, 10 → 33, 11 → 26, 12 → 22, 13 → 20,
 * 14 → 16, 16 → 13. The four that 11 adds over 12 are the genre's fixed names, shared by the
 * language of the documents, not by copying: 学习贯彻党的二十大精神, 全面建设社会主义现代化,
 * 十四届全国人大一次会议, 推进高水平科技自立自强. At 12 the shortest find is already a copied
 * clause, 冲刺一季度“开门红”，为 in speeches 1 and 5, which 13 would lose. Longer names
 * (以习近平同志为核心的党中央, 全面建设社会主义现代化国家, both 13) do pass; when three or more
 * texts share them they are flagged as stock phrases rather than hidden. Pinned in
 * tests/unit/reuse/corpus.test.ts.
 *
 * The diff never folds an equality this long into the edits around it (dmp.ts), so a passage
 * the analysis reports is not shown as removed and added by the diff's cleanup.
 */
export const MIN_PASSAGE = 12;

/**
 * Two texts this similar (2·LCS / (|A| + |B|)) or more are near-duplicates: the comparison's
 * verdict is 'nearly' (几乎相同, a few scattered edits in an otherwise equal text) and the
 * overview groups them as near twins.
 */
export const NEAR_DUPLICATE = 0.9;

/** The most texts one collation takes (a kept collection's subset; the bundled one has 6). */
export const MAX_COLLATED = 12;

/**
 * The most characters of a kept collection whose reuse analysis (one text's marks, the stock
 * phrases muted in a comparison or a collation) the page works out itself; a larger collection's
 * texts are shown without marks, and its comparisons, collations and 查重 reports still work.
 */
export const PAGE_REUSE_CHARS = 300_000;

/**
 * Work on a person's input (a comparison, a 查重 check, a file read, a collection brought or
 * indexed) shows its progress once it has taken this long, in milliseconds: every view alike.
 */
export const SHOW_PROGRESS_MS = 500;
