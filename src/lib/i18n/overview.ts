/**
 * The overview's strings (the similarity table, the shared passages, passim's findings), in
 * Chinese (first) and English: apart from the shell's table (messages.ts), under `overview.`, so
 * that they load with the overview, not with the app's start. The English table is typed by the
 * Chinese keys; tests/unit/i18n/tables.test.ts checks keys and parameters.
 */
const zh = {
} as const;

export type OverviewKey = keyof typeof zh;

const en: Record<OverviewKey, string> = {
};

/** The table under `overview.` (lib/i18n/translate.ts). */
export const table = { zh, en };
