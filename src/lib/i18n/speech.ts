/**
 * The single speech's strings (its reused passages marked), in Chinese (first) and English: apart
 * from the shell's table (messages.ts), under `speech.`, so that they load with the speech's page,
 * not with the app's start. The English table is typed by the Chinese keys;
 * tests/unit/i18n/tables.test.ts checks keys and parameters.
 */
const zh = {
} as const;

export type SpeechKey = keyof typeof zh;

const en: Record<SpeechKey, string> = {
};

/** The table under `speech.` (lib/i18n/translate.ts). */
export const table = { zh, en };
