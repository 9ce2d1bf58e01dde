/**
 * The 查重 report's strings, in Chinese (first) and English: apart from the interface's table
 * (src/lib/i18n/messages.ts), under `report.`, so that they load with the report (and the speech
 * page, which links to it), not with the first paint.
 */
const zh = {
  checkLink: '查重',
  checkLinkHelp: '与文集中其他各篇比对，看本篇有多少文字是复制的、来自哪里',
  checkReport: '查重报告',
  checkAgainst: '比对对象：{collection}中的其他 {n} 篇；连续 {k} 字以上相同才算复制。',
  checkAgainstOwn: '比对对象：{collection}的全部 {n} 篇；连续 {k} 字以上相同才算复制。',
  checkTotal: '总文字复制比',
  checkExStock: '去除套话',
  checkLargest: '单篇最大文字复制比',
  checkLargestOf: ' {source}',
  checkChars: '总字数',
  checkCharsValue: '{n} 字（不计空白）',
  checkTwin: '与本文相同',
  checkNothing: '—',
  verdictTwin: '本文与{source}逐字相同（不计空白），是同一篇',
  verdictCopied: '本文 {share} 的文字见于{source}',
  verdictAll: '，各来源合计 {total}',
  verdictStock: '；{stock} 是三篇以上共有的套话',
  verdictNone: '在比对对象中没有发现连续 {k} 字以上相同的文字',
  verdictTwinLeftOut: '本文与{twins}逐字相同（不计空白），是同一篇。',
  verdictApart: '除{twins}以外，',
  verdictNoneApart: '除{twins}以外，在比对对象中没有发现连续 {k} 字以上相同的文字',
  checkLeaveOutTwins: '不计与本文相同的{twins}',
  verdictEnd: '。',
  checkK: '最短连续字数 K',
  checkKRange: '{min}–{max} 字，默认 {default}',
  checkDownload: '下载报告（HTML）',
  checkPrint: '打印报告',
  checkTextHeading: '全文标记',
  checkLegendCopied: '复制的文字，上标为它的每一篇来源，点击来源查看其中的那一段',
  checkLegendStock: '其中的套话（三篇以上共有）',
  checkSourcesHeading: '相似来源',
  checkSource: '来源',
  checkShare: '文字复制比',
  checkLongest: '最长连续',
  checkRuns: '片段',
  checkLength: '{n} 字',
  checkNoSources: '没有发现相似来源。',
  checkRunFrom: '复制自{places}',
  checkPlace: '{source}第 {p} 段',
  checkPartly: '（部分）',
  checkMore: '等，另有 {n} 篇',
  checkRunStock: '；含套话',
  checkNoteHeading: '计算方法',
  checkNoteMeasure:
    '两篇文字都先做 Unicode NFC 规范化，去掉每段之内的空白，按字（Unicode 字符，标点在内）比较；段落分界保留。本文的一个字若落在一段至少 K 个连续字的文字里，这段文字在本文的同一段之内，又在某篇来源的同一段之内原样出现，就算从该篇复制：相同的文字不跨段计算，所以自己写的一段末尾的“。”不会因为下一段是抄的而被算作复制。总文字复制比 = 从任一来源复制的字数 ÷ 本文总字数；单篇文字复制比只计一篇来源；去除套话 = 复制的字中不在套话里的 ÷ 本文总字数。套话指文集中至少 {groups} 篇不同讲话共有、连续 {n} 字以上的文字（相同的讲话只算一篇），与其他页面标出的套话相同。',
  checkNoteK:
    'K 越小，越多常用短语被算作复制：“以习近平同志为核心的党中央”这样的固定说法就有 13 字；K 越大，只剩整句整段的照抄。知网等查重系统通常以 13 字为界，这里默认也是 13，可在 {min} 到 {max} 之间调整。',
  checkNoteSimilarity:
    '复制比与对照页的相似度不同：相似度 = 2 × 最长公共子序列长度 ÷（A 的字数 + B 的字数），把两篇逐字对齐，零散的相同常用字也计入，所以两篇无关的讲话也有 15%–25%；复制比只计连续 K 字以上原样出现的文字，不计零散的字，也不要求前后顺序一致。',
} as const;

export type ReportKey = keyof typeof zh;

const en: Record<ReportKey, string> = {
  checkLink: 'Check (查重)',
  checkLinkHelp: 'Check this speech against the others: how much of it is copied, and from where',
  checkReport: 'Similarity report',
  checkAgainst:
    'Checked against the other {n} speeches of {collection}; a run counts as copied from {k} identical characters on.',
  checkAgainstOwn:
    'Checked against all {n} speeches of {collection}; a run counts as copied from {k} identical characters on.',
  checkTotal: 'Total copied',
  checkExStock: 'Excluding stock phrases',
  checkLargest: 'Largest single source',
  checkLargestOf: ' {source}',
  checkChars: 'Characters',
  checkCharsValue: '{n} (whitespace not counted)',
  checkTwin: 'identical to this text',
  checkNothing: '—',
  verdictTwin: 'This text is {source} word for word (whitespace aside): the same speech',
  verdictCopied: '{share} of this text occurs in {source}',
  verdictAll: ', {total} from all sources together',
  verdictStock: '; {stock} is stock phrasing found in three or more speeches',
  verdictNone:
    'No run of {k} or more characters of this text occurs in the speeches it was checked against',
  verdictTwinLeftOut: 'This text is {twins} word for word (whitespace aside): the same speech. ',
  verdictApart: 'Apart from {twins}, ',
  verdictNoneApart:
    'Apart from {twins}, no run of {k} or more characters of this text occurs in the speeches it was checked against',
  checkLeaveOutTwins: 'Leave out {twins}, identical to this text',
  verdictEnd: '.',
  checkK: 'Shortest run K',
  checkKRange: '{min}–{max} characters, default {default}',
  checkDownload: 'Download report (HTML)',
  checkPrint: 'Print report',
  checkTextHeading: 'The text, marked',
  checkLegendCopied:
    'copied text, each of its sources in superscript; click a source to see its paragraph there',
  checkLegendStock: 'stock phrases within it (in three or more speeches)',
  checkSourcesHeading: 'Sources',
  checkSource: 'Source',
  checkShare: 'Copied',
  checkLongest: 'Longest run',
  checkRuns: 'Runs',
  checkLength: '{n} chars',
  checkNoSources: 'No sources found.',
  checkRunFrom: 'Copied from {places}',
  checkPlace: '{source} paragraph {p}',
  checkPartly: ' (in part)',
  checkMore: ' and {n} more',
  checkRunStock: '; includes stock phrases',
  checkNoteHeading: 'How it is measured',
  checkNoteMeasure:
    'Both texts are normalized to Unicode NFC and stripped of whitespace inside each paragraph, keeping the paragraph breaks, then compared character by character (Unicode characters, punctuation included). A character of this text counts as copied from a source when it lies inside a run of at least K consecutive characters that lies within one paragraph of this text and occurs, exactly, within one paragraph of that source: no run crosses a paragraph break, so the final “。” of a paragraph of one’s own is not counted as copied because the next paragraph is. Total copied = characters copied from any source ÷ all characters; a single source’s share counts that source alone; excluding stock phrases = copied characters outside stock phrases ÷ all characters. A stock phrase is text of {n} or more characters found in at least {groups} different speeches of the collection (identical speeches count once), the same stock phrases the other pages mark.',
  checkNoteK:
    'The smaller K, the more common phrases count as copied: a set phrase such as 以习近平同志为核心的党中央 alone is 13 characters; the larger K, the more only whole copied sentences and paragraphs remain. CNKI and similar checkers count from 13 characters; so does this report by default, and K can be set from {min} to {max}.',
  checkNoteSimilarity:
    'The copied share is not the comparison view’s similarity: similarity = 2 × the longest common subsequence ÷ (A’s length + B’s length) aligns the two texts character by character and counts scattered common characters too, so two unrelated speeches reach 15–25%; the copied share counts only runs of K or more identical characters, not scattered ones, and in any order.',
};

/** The table under `report.` (lib/i18n/translate.ts). */
export const table = { zh, en };
