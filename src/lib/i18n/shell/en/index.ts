/**
 * The shell's English table (lib/i18n/messages.ts), a chunk of its own that only an English page
 * loads (loadLanguage in lib/i18n/translate.ts). Typed by the Chinese keys: a missing string fails
 * the type check.
 */
import type { MessageKey } from '../../messages.ts';
import { comparison } from './comparison.ts';
import { frame } from './frame.ts';
import { status } from './status.ts';

export const en: Record<MessageKey, string> = { ...frame, ...status, ...comparison };
