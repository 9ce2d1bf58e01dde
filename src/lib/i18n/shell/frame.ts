/**
 * The shell's strings that every page shows, or more than one view: the masthead, the pickers,
 * how a text and its size are named, the links to other views, the words for shared text. In
 * Chinese; the English, typed by these keys, is en/frame.ts.
 */
export const frame = {
  tagline: '中文文本逐段对照，一眼看出重复与改动',
  speeches: '篇目',
  speechNumber: '第{n}篇',
  chars: '{n} 字',
  paragraphs: '{n} 段',
  compare: '对照',
  home: '首页',
  speechA: '左栏（A）',
  speechB: '右栏（B）',
  chooseSpeech: '— 选择一篇 —',
  swap: '交换左右',
  pickers: '选择篇目',
  pickSearchHint: '写篇号、标题或开头几个字，从列表中选一篇',
  pickNone: '没有与“{query}”相符的篇目，未换篇。',
  pickMany: '“{query}”符合 {count} 篇，未换篇：请写篇号，或从列表中选一篇。',
  otherLang: 'English',
  reusedSummary: '本篇有 {share} 的文字也出现在别的篇目中，标为',
  reusedShare: '共用 {share}',
  findingIdentical: '{a}与{b}完全相同：同一篇讲话收录了两次。',
  stockLabel: '套话',
  collateTitle: '逐句对齐',
  ownOption: '粘贴或上传文本…',
  ownHomeLink: '对比自己的文本',
  keptCount: '（{n}篇）',
  listSeparator: '、',
  passageSearch: '查找文字：',
} as const;

export type FrameKey = keyof typeof frame;
