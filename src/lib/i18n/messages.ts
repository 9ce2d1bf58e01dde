/**
 * The shell's strings: what the app's start draws (every page's frame, its states and notices,
 * the comparison), by job in shell/, their keys bare (`retry`); each view's own table loads with
 * the view, under a namespace (lib/i18n/translate.ts). `{name}` marks a parameter. The Chinese is
 * here from the start; the English (shell/en/), typed by these keys, loads only with an English
 * page, so a Chinese page never fetches it. tests/unit/i18n/tables.test.ts checks every table:
 * each key in both languages, the same parameters, no key in two jobs.
 */
import { comparison } from './shell/comparison.ts';
import { frame } from './shell/frame.ts';
import { status } from './shell/status.ts';

export const zh = { ...frame, ...status, ...comparison };

export type MessageKey = keyof typeof zh;

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
