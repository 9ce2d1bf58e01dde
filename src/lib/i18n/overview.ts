/**
 * The overview's strings (the similarity table, the shared passages, passim's findings), in
 * Chinese (first) and English: apart from the shell's table (messages.ts), under `overview.`, so
 * that they load with the overview, not with the app's start. The English table is typed by the
 * Chinese keys; tests/unit/i18n/tables.test.ts checks keys and parameters.
 */
const zh = {
  matrixCaption: '两两对照：共用文字最多的在前',
  matrixNote:
    '共用文字：每篇有多少文字是与另一篇共用的 {n} 字以上的相同文字段，条越长共用越多。相似度按最长公共子序列逐字计算，无关的中文讲话也有 15%–25%，只是背景水平。点击篇名查看对照。',
  matrixMostSimilar:
    '本文集篇目多，{count} 对中只列出最相似的 {listed} 对（每篇最相似的一对，以及共用文字达到两篇一半的各对），这些对照已预先生成；其余各对用上面的选择框打开，在浏览器中逐字比对。',
  passagesLongest: '共 {count} 段，这里列出最长的 {listed} 段。',
  passimHeading: 'passim 找到的复用',
  passimSummary:
    '以下由 passim（在 Apache Spark 上检测文本复用的程序）找到，建站时读入：{clusters} 组共 {passages} 段复用文字，涉及 {pairs} 对篇目。',
  passimLeftOut: '其输出中有 {count} 条记录与文本对不上，没有采用。',
  passimPairs: 'passim 找到共用文字的篇目对',
  passimClusters: 'passim 找到的复用文字，按组列出',
  passimFirst: '共 {count} 项，这里列出前 {listed} 项。',
  pairColumn: '两篇',
  reuseColumn: '共用文字（{n} 字以上）',
  pairName: '{a}与{b}',
  pairShares: '占{a}的 {shareA}，{b}的 {shareB}',
  findingNearly: '{a}与{b}几乎相同（相似度 {similarity}，达到 {threshold} 即算近似重复）。',
  findingNone: '没有两篇完全相同或近似重复（相似度达到 {threshold}）。',
  findingShared:
    '各篇共用 {count} 段 {n} 字以上的相同文字，其中 {stock} 段见于三篇以上不同的讲话，标为“套话”。',
  findingLink: '查看对照',
  passagesHeading: '各篇共用的文字',
  passagesIntro:
    '在两篇以上出现、至少 {n} 字的相同文字，每段完整列出，最长的在前：它在所列各篇中一字不差，向前或向后多一个字就会少一篇，所以首尾可能落在句子中间，带着标点。其中一部分若还见于更多篇目，列在它下面。见于三篇以上不同讲话的标为“套话”。',
  passagesTwin: '{a}与{b}完全相同，按一篇计。',
  passageLength: '{n} 字',
  passageIn: '见于',
  showAllPassages: '显示全部 {count} 段',
  collateLink: '逐句对齐：所有讲话一表看尽',
  searchFound: '见于{speeches}：',
  searchNone: '没有一篇含有这段文字。',
  passagePart: '其中一段还见于别处：',
} as const;

export type OverviewKey = keyof typeof zh;

const en: Record<OverviewKey, string> = {
  matrixCaption: 'Every pair, the most shared text first',
  matrixNote:
    'Shared text: how much of each speech is passages of {n} or more characters found in the other; the longer the bar, the more. Similarity is the longest common subsequence, by character; unrelated Chinese speeches reach 15–25% from common characters alone, a background level. Follow a pair’s name to compare.',
  matrixMostSimilar:
    'A large collection: of its {count} pairs, the {listed} most similar are listed (each text’s most similar pair, and every pair sharing half their text), their comparisons made ahead; open any other pair with the pickers above, and it is compared in your browser.',
  passagesLongest: '{count} passages in all; the {listed} longest are listed here.',
  passimHeading: 'Found by passim',
  passimSummary:
    'Found by passim (which detects text reuse on Apache Spark), read in when the site was built: {passages, plural, one {# reused passage} other {# reused passages}} in {clusters, plural, one {# cluster} other {# clusters}}, linking {pairs, plural, one {# pair} other {# pairs}} of texts.',
  passimLeftOut:
    '{count, plural, one {# record} other {# records}} of its output did not fit the texts and {count, plural, one {was} other {were}} left out.',
  passimPairs: 'Pairs that share text, found by passim',
  passimClusters: 'Reused text found by passim, by cluster',
  passimFirst: '{count} in all; the first {listed} are listed here.',
  pairColumn: 'Pair',
  reuseColumn: 'Shared text ({n}+ characters)',
  pairName: '{a} and {b}',
  pairShares: '{shareA} of {a}, {shareB} of {b}',
  findingNearly:
    '{a} and {b} are near-duplicates (similarity {similarity}; {threshold} or more counts).',
  findingNone: 'No two speeches are identical or near-duplicates (similarity {threshold} or more).',
  findingShared:
    'The speeches share {count, plural, one {# passage} other {# passages}} of {n} or more characters; {stock, plural, one {# of them is} other {# of them are}} in three or more different speeches, tagged as {stock, plural, one {a stock phrase} other {stock phrases}}.',
  findingLink: 'Compare them',
  passagesHeading: 'Text the speeches share',
  passagesIntro:
    'Identical text of at least {n} characters found in two or more speeches, each passage whole, longest first: it stands word for word in every speech named, and one character more on either side would lose one of them, so it may begin or end inside a sentence, punctuation included. A part of one found in more speeches is listed under it. Text in three or more different speeches is tagged as a stock phrase.',
  passagesTwin: '{a} and {b} are the same speech and count as one.',
  passageLength: '{n, plural, one {# character} other {# characters}}',
  passageIn: 'In',
  showAllPassages: 'Show all {count}',
  collateLink: 'Sentence-by-sentence collation of every speech',
  searchFound: 'Found in {speeches}:',
  searchNone: 'No speech contains this text.',
  passagePart: 'Part of it, also elsewhere:',
};

/** The table under `overview.` (lib/i18n/translate.ts). */
export const table = { zh, en };
