/**
 * Every string of the interface, in Chinese (first) and English. `{name}` marks a parameter.
 * The English table is typed by the Chinese keys, so a missing string fails the type check; a unit
 * test checks the same at run time.
 */
export const zh = {
  appName: '对照',
  tagline: '中文文本逐段对照，一眼看出重复与改动',
  loading: '正在载入文集……',
  loadFailed: '文集载入失败：{error}',
  retry: '重试',
  speeches: '篇目',
  speechNumber: '第{n}篇',
  chars: '{n} 字',
  paragraphs: '{n} 段',
  openingWords: '开头',
  length: '字数',
  compare: '对照',
  language: '语言',
  sourceNote: '文本来源：{source}（SHA-256 {sha}…）',
} as const;

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = {
  appName: 'Duizhao',
  tagline: 'Chinese texts side by side: see at a glance what was copied and what changed',
  loading: 'Loading the collection…',
  loadFailed: 'The collection could not be loaded: {error}',
  retry: 'Retry',
  speeches: 'Speeches',
  speechNumber: 'Speech {n}',
  chars: '{n} characters',
  paragraphs: '{n} paragraphs',
  openingWords: 'Opening words',
  length: 'Length',
  compare: 'Compare',
  language: 'Language',
  sourceNote: 'Source: {source} (SHA-256 {sha}…)',
};

export const MESSAGES = { zh, en } as const;
export type Lang = keyof typeof MESSAGES;
export const LANGS: readonly Lang[] = ['zh', 'en'];
