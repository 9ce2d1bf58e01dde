import type { Verdict } from '../../lib/diff/model.ts';
import type { MessageKey } from '../../lib/i18n/messages.ts';
import { i18n, t } from '../../lib/state/i18n.svelte.ts';
import type { Granularity, Ignore, View } from '../../lib/state/url/index.ts';

interface Named {
  number: number;
  label: string;
}

/**
 * A speech named in a sentence: its label （一） in Chinese, "Speech 1" in English, where a
 * Chinese ordinal alone would be read out as nothing a reader of English knows.
 */
export const speechName = (s: Named): string =>
  i18n.lang === 'zh' ? s.label : t('speechNumber', { n: s.number });

/** A speech named in a heading or a control: in English "Speech 1 （一）", its label kept beside. */
export const speechTitle = (s: Named): string =>
  i18n.lang === 'zh' ? s.label : `${t('speechNumber', { n: s.number })} ${s.label}`;

/** The message naming each display option, for the controls and for their folded summary. */
export const OPTION_KEYS: {
  view: Record<View, MessageKey>;
  g: Record<Granularity, MessageKey>;
  ignore: Record<Ignore, MessageKey>;
} = {
  view: { split: 'viewSplit', unified: 'viewUnified' },
  g: { char: 'gChar', word: 'gWord', sentence: 'gSentence' },
  ignore: {
    punct: 'ignorePunct',
    space: 'ignoreSpace',
    width: 'ignoreWidth',
    placeholder: 'ignorePlaceholder',
  },
};

/** A verdict's word and its explanation. */
export const VERDICT: Record<Verdict, [MessageKey, MessageKey]> = {
  identical: ['verdictIdentical', 'explainIdentical'],
  whitespace: ['verdictWhitespace', 'explainWhitespace'],
  nearly: ['verdictNearly', 'explainNearly'],
  largely: ['verdictLargely', 'explainLargely'],
  partly: ['verdictPartly', 'explainPartly'],
  different: ['verdictDifferent', 'explainDifferent'],
};
