/**
 * What a page says of itself in a chat preview or a search result: its title and description
 * (also og:title / og:description), computed from the data. A prerendered page carries them in
 * its head (tools/build/prerender.ts), in Chinese, the collection's language.
 */
import type { Speech } from '../corpus/types.ts';
import type { Verdict } from '../diff/model.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { formatPercent, translate } from '../i18n/translate.ts';

export const SITE_NAME = '对照 Duizhao';

export interface Preview {
  title: string;
  description: string;
}

const WORD: Record<Verdict, MessageKey> = {
  identical: 'verdictIdentical',
  whitespace: 'verdictWhitespace',
  nearly: 'verdictNearly',
  largely: 'verdictLargely',
  partly: 'verdictPartly',
  different: 'verdictDifferent',
};
const EXPLAIN: Record<Verdict, MessageKey> = {
  identical: 'explainIdentical',
  whitespace: 'explainWhitespace',
  nearly: 'explainNearly',
  largely: 'explainLargely',
  partly: 'explainPartly',
  different: 'explainDifferent',
};

const zh = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('zh', key, params);

/** A pair: the verdict, the similarity and the share of A found in B as passages. */
export function pairPreview(
  a: Speech,
  b: Speech,
  verdict: Verdict,
  similarity: number,
  /** Share of A's text in passages it shares with B (ReuseIndex.coverage), if known. */
  reusedA: number | null,
): Preview {
  const names = { a: a.label, b: b.label };
  const same = verdict === 'identical' || verdict === 'whitespace';
  const numbers = [
    `${zh('similarity')} ${formatPercent(similarity)}`,
    ...(reusedA === null ? [] : [zh('reusedShare', { share: formatPercent(reusedA) })]),
  ].join('，');
  const head = same
    ? `${a.label}与${b.label}${zh(WORD[verdict])}`
    : `${a.label}与${b.label}：${numbers}`;
  const explanation = zh(a.number === b.number ? 'explainSame' : EXPLAIN[verdict], names);
  return {
    title: `${head} · ${SITE_NAME}`,
    description: same ? `${explanation}${numbers}。` : `${zh(WORD[verdict])}。${explanation}`,
  };
}

/** One speech: its size, and how much of it occurs elsewhere in the collection. */
export function speechPreview(
  speech: Speech,
  collection: string,
  twins: Speech[],
  reused: number | null,
): Preview {
  const size = `${zh('chars', { n: speech.chars })}，${zh('paragraphs', { n: speech.paragraphs.length })}`;
  const parts = [`${collection}${speech.label}，${size}。`];
  if (twins.length > 0)
    parts.push(`与${twins.map((s) => s.label).join('、')}${zh('verdictIdentical')}。`);
  else if (reused !== null) parts.push(zh('reusedSummary', { share: formatPercent(reused) }));
  return {
    title: `${speech.label} · ${collection} · ${SITE_NAME}`,
    description: parts.join('').replace(/，标为$/u, '。'),
  };
}

/** The overview: the collection, and which of its speeches are the same. */
export function overviewPreview(collection: string, identical: [Speech, Speech][]): Preview {
  const findings = identical.map(([a, b]) => zh('findingIdentical', { a: a.label, b: b.label }));
  return {
    title: `${collection} · ${SITE_NAME}`,
    description: `${zh('tagline')}。${findings.join('')}`,
  };
}

/** A speech's 查重 report: what it is checked against, and from how long a run a copy counts. */
export function reportPreview(
  speech: Speech,
  collection: string,
  others: number,
  k: number,
): Preview {
  return {
    title: `${speech.label}查重报告 · ${collection} · ${SITE_NAME}`,
    description: `${collection}${speech.label}的查重报告：与其他 ${others} 篇比对，连续 ${k} 字以上相同才算复制；标出每段复制的文字及其出处。`,
  };
}

/** The collation: every speech of the collection, sentence by sentence. */
export function collationPreview(collection: string, speeches: readonly Speech[]): Preview {
  return {
    title: `${zh('collateTitle')} · ${collection} · ${SITE_NAME}`,
    description: `${collection}${speeches.map((s) => s.label).join('')}逐句对齐：相同的句子排在一行，一表看尽各篇的异同。`,
  };
}
