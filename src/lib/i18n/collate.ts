/**
 * The collation page's own strings, in Chinese (first) and English, as messages.ts holds the rest
 * of the interface's. They load with the page (a lazy chunk), not on every first paint: the page
 * has more words than any other, and the first paint's JavaScript has a size budget
 * (tools/build/budget.ts). The link to the page and its title stay in messages.ts. The English table
 * is typed by the Chinese keys; tests/unit/i18n/tables.test.ts checks keys and parameters.
 */
const zh = {
  collateIntro:
    '每栏一篇，每行一组对应的句子。句子在“。！？；”和换行处断开；一句与某行已有的每种写法的相似度（去掉标点后按相邻两字计的 Dice 系数）都不低于 {threshold}，才并入该行；各篇的句序不变，顺序对不上的相似句标为“移动”。',
  collateSummary:
    '{speeches} 篇，{rows} 行：{shared} 行见于两篇以上（完全相同的讲话算一篇），其中 {agree} 行一字不差；{single} 行只见于一篇。',
  collateOptions: '对齐设置',
  collateSpeeches: '对齐哪几篇',
  collateMerge: '{twins}完全相同，合为一栏',
  collateFold: '折叠只见于一篇的句子',
  collateRow: '行',
  collateCarried: '{n}/{total} 篇有此句（完全相同的讲话算一篇）',
  collatePairs: '两两对照',
  collatePair: '{a}与{b}对照',
  collateOpenPara: '{speech}第 {n} 段',
  collateNone: '无',
  collateGap: '此处少了：{text}',
  collateMovedTo: '移动：其他篇在第 {row} 行',
  collateMovedIn: '{speech}的此句在第 {row} 行',
  collateFolded: '只见于{speech}的 {n} 句已折叠',
  collateUnfold: '展开',
  collateFound: '{n} 行含有这段文字，只显示这些行。',
  collateFoundNone: '没有一行含有这段文字。',
  collateLegendChanged: '与本行的参照写法不同',
  collateReferenceCommon: '参照：最常见的写法',
  collateReferenceTie: '参照：各写法一样多，取最前一栏',
  collateLegendGap: '参照写法此处多出文字',
  collateLegendStock: '套话：三篇以上共用',
  collateLegendQuiet: '浅色的行：有此句的各篇一字不差',
  collateLegendHeat: '竖条：有此句的篇数（完全相同的讲话算一篇）',
  collateLegendMoved: '移动的句子',
} as const;

export type CollateKey = keyof typeof zh;

const en: Record<CollateKey, string> = {
  collateIntro:
    'One column per speech, one row per group of corresponding sentences. Sentences end at 。！？； and at line ends; a sentence joins a row when its similarity to each of the row’s readings (the Dice coefficient of pairs of neighbouring characters, punctuation left out) is {threshold} or more. Each speech keeps its order; a similar sentence out of that order is shown as moved.',
  collateSummary:
    '{speeches} speeches, {rows, plural, one {# row} other {# rows}}: {shared, plural, one {# is} other {# are}} in two or more different texts (identical speeches count once), {agree} of them word for word; {single, plural, one {# is} other {# are}} in one text only.',
  collateOptions: 'Collation settings',
  collateSpeeches: 'Speeches to collate',
  collateMerge: '{twins} are identical: show them as one column',
  collateFold: 'Fold sentences found in one speech only',
  collateRow: 'Row',
  collateCarried: '{n} of {total} different texts have it',
  collatePairs: 'Compare pairs',
  collatePair: 'Compare {a} with {b}',
  collateOpenPara: '{speech}, paragraph {n}',
  collateNone: 'none',
  collateGap: 'lacks here: {text}',
  collateMovedTo: 'moved: the others have it at row {row}',
  collateMovedIn: '{speech} has it at row {row}',
  collateFolded: '{n} sentences only in {speech}, folded',
  collateUnfold: 'Show',
  collateFound:
    '{n, plural, one {# row contains} other {# rows contain}} this text; only {n, plural, one {it is} other {they are}} shown.',
  collateFoundNone: 'No row contains this text.',
  collateLegendChanged: 'differs from the row’s reference reading',
  collateReferenceCommon: 'reference: the most common reading',
  collateReferenceTie: 'reference: readings tie, the first column’s',
  collateLegendGap: 'the reference reading has more here',
  collateLegendStock: 'stock phrase: in three or more speeches',
  collateLegendQuiet: 'pale rows: every speech that has it agrees',
  collateLegendHeat: 'bar: how many speeches have it (identical ones count once)',
  collateLegendMoved: 'moved sentence',
};

/** The table under `collate.` (lib/i18n/translate.ts). */
export const table = { zh, en };
