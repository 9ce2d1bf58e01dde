/**
 * A side's file, read in a worker of the side's own (lib/worker/file.ts): a new file (or 取消)
 * ends the old reading. What the reading shows as state: the file being read and how far, what
 * the last file gave (read, with its encoding, or refused, with the reason), and the files that
 * came with it and were left out (a side holds one text). TextInput.svelte draws it.
 */
import { MAX_CHARS } from '../../lib/intake/clean.ts';
import { MAX_DOCUMENT_BYTES } from '../../lib/intake/docx.ts';
import type { FileProgress, FileText } from '../../lib/intake/files.ts';
import { formatPercent } from '../../lib/i18n/translate.ts';
import { SHOW_PROGRESS_MS } from '../../lib/thresholds.ts';
import type { OwnKey } from '../../lib/i18n/own.ts';
import { FileClient, type ReadRequest } from '../../lib/worker/file.ts';
import type { RunnerWorker } from '../../lib/worker/runner.ts';
import { t } from '../../lib/state/i18n.svelte.ts';

const REASON: Record<Exclude<FileText, { ok: true }>['reason'], OwnKey> = {
  type: 'fileType',
  binary: 'fileBinary',
  encoding: 'fileEncoding',
  docx: 'fileDocx',
  'too-big': 'fileTooBig',
  'docx-too-big': 'fileDocxTooBig',
  'too-long': 'fileTooLong',
  unreadable: 'fileUnreadable',
};
const ENCODING: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030/GBK',
  docx: 'Word',
};
const STEP: Record<FileProgress['step'], OwnKey> = {
  read: 'readStepRead',
  unzip: 'readStepUnzip',
  decode: 'readStepDecode',
  count: 'readStepCount',
};

/** What the last file gave, kept as its reason and inputs: the words follow the language. */
type Outcome =
  | { kind: 'read'; name: string; encoding: string }
  | { kind: 'cancelled'; name: string }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'refused'; name: string; reason: keyof typeof REASON; chars: number };

/** What the last file gave, in words. */
function noteOf(o: Outcome): { ok: boolean; text: string } {
  const { name } = o;
  const refused = (reason: string) => ({
    ok: false,
    text: t('own.ownFileRefused', { name, reason }),
  });
  if (o.kind === 'read')
    return { ok: true, text: t('own.ownFileRead', { name, encoding: ENCODING[o.encoding] ?? '' }) };
  if (o.kind === 'cancelled') return { ok: true, text: t('own.ownReadCancelled', { name }) };
  if (o.kind === 'error') return refused(t('own.fileWorker', { error: o.message }));
  const mb = MAX_DOCUMENT_BYTES / 1024 / 1024;
  return refused(t(`own.${REASON[o.reason]}`, { mb, n: o.chars, max: MAX_CHARS }));
}

/** How far a reading is, in words. */
export const stepText = (p: FileProgress): string =>
  t(`own.${STEP[p.step]}`, { percent: formatPercent(p.total ? p.done / p.total : 0) });

export class FileReading {
  /**
   * What the last file gave: read (with its encoding) or refused (with the reason), and the files
   * that came with it and were not read.
   */
  readonly fileNote = $derived.by(() => (this.#outcome ? noteOf(this.#outcome) : null));
  #outcome = $state.raw<Outcome | null>(null);
  /** Of several files dropped at once, how many were left out (a side holds one text). */
  readonly leftOut = $derived.by(() => {
    const d = this.#dropped;
    return d && t('own.ownFilesLeftOut', { total: d.total, n: d.total - 1, name: d.name });
  });
  /** Several files dropped at once: how many, and the one read; null for one file. */
  #dropped = $state.raw<{ total: number; name: string } | null>(null);
  /** The file being read, how far, and whether long enough to say so; null when none is. */
  reading = $state<{
    name: string;
    progress: FileProgress | null;
    slow: boolean;
    seconds: number;
  } | null>(null);

  #files: FileClient;
  #reads = 0;

  /** `create` makes the side's worker (file.worker.ts). */
  constructor(create: () => RunnerWorker<ReadRequest>) {
    this.#files = new FileClient(create);
  }

  /** Reads the first of the files (a side holds one text) and says so when more came. */
  async take(dropped: readonly File[], oninput: (value: string) => void): Promise<void> {
    const [file] = dropped;
    if (!file) return;
    this.#dropped = dropped.length > 1 ? { total: dropped.length, name: file.name } : null;
    const mine = ++this.#reads;
    const started = performance.now();
    this.reading = { name: file.name, progress: null, slow: false, seconds: 0 };
    this.#outcome = null;
    const ticker = setInterval(() => {
      const ms = performance.now() - started;
      if (this.reading && mine === this.#reads && ms >= SHOW_PROGRESS_MS)
        [this.reading.slow, this.reading.seconds] = [true, Math.floor(ms / 1000)];
    }, SHOW_PROGRESS_MS);
    const outcome = await this.#files.read(file, (progress) => {
      if (this.reading && mine === this.#reads) this.reading.progress = progress;
    });
    clearInterval(ticker);
    // A newer file took this one's place: its outcome is that one's to say.
    if (mine !== this.#reads) return;
    this.reading = null;
    if (outcome.type === 'cancelled') {
      this.#outcome = { kind: 'cancelled', name: file.name };
      return;
    }
    if (outcome.type === 'error') {
      this.#outcome = { kind: 'error', name: file.name, message: outcome.message };
      return;
    }
    const read = outcome.value;
    if (!read.ok) {
      const chars = read.reason === 'too-long' ? read.chars : 0;
      this.#outcome = { kind: 'refused', name: read.name, reason: read.reason, chars };
      return;
    }
    this.#outcome = { kind: 'read', name: read.name, encoding: read.encoding };
    oninput(read.text);
  }

  /** 取消: the reading ends (its outcome says it was cancelled). */
  cancel = (): void => this.#files.cancel();

  /** Typing clears what the last file said. */
  clearNotes(): void {
    this.#outcome = null;
    this.#dropped = null;
  }

  dispose(): void {
    this.#files.dispose();
  }
}
