/**
 * The single speech's strings (its reused passages marked), in Chinese (first) and English: apart
 * from the shell's table (messages.ts), under `speech.`, so that they load with the speech's page,
 * not with the app's start. The English table is typed by the Chinese keys;
 * tests/unit/i18n/tables.test.ts checks keys and parameters.
 */
const zh = {
  sharedWhole: '全文见于{speeches}。',
  sharedNoWhole: '没有哪一篇含有这里的全文。',
  sharedPart: '{speech}只共用其中的{parts}。',
  markTwins: '也标出与{twins}共用的文字（即全篇）',
  compareShort: '对照：',
  markedAs: '与其他篇目共用的文字标为',
  compareWith: '对照{a}与{b}',
  twinSummary:
    '{a}与{twins}完全相同：同一篇讲话收录了两次。下面只标出与其他篇目共用的文字：除{twins}以外，本篇有 {share} 的文字也出现在别的篇目中。',
  legendMark: '共用文字',
  stockShare: '；套话占全篇 {share}',
  keptNoMarks: '这个文集超过 {chars} 字，本页不标出各篇复用的文字；查重、对照和逐句对齐照常可用。',
} as const;

export type SpeechKey = keyof typeof zh;

const en: Record<SpeechKey, string> = {
  sharedWhole: 'All of it is in {speeches}.',
  sharedNoWhole: 'No speech has all of this text.',
  sharedPart: '{speech} shares only {parts}.',
  markTwins: 'Also mark what it shares with {twins} (all of it)',
  compareShort: 'Compare:',
  markedAs: 'Text shared with other speeches is marked as',
  compareWith: 'Compare {a} with {b}',
  twinSummary:
    '{a} is identical to {twins}: the same speech, included twice. Below, only what it shares with the other speeches is marked: apart from {twins}, {share} of it also occurs elsewhere.',
  legendMark: 'shared text',
  stockShare: '; stock phrases {share}',
  keptNoMarks:
    'This collection has more than {chars} characters: this page does not mark each text’s reused passages; reports, comparisons and collations work as usual.',
};

/** The table under `speech.` (lib/i18n/translate.ts). */
export const table = { zh, en };
