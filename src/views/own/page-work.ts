/**
 * The own-text worker's work, for the page to do itself where the browser makes no worker
 * (lib/worker/page.ts): loaded only then, as the worker's script would be.
 */
import { PAGE_WORK_CHARS, type Work } from '../../lib/worker/page.ts';

export const loadWork = (): Promise<Work> =>
  import('../../lib/worker/own-work.ts').then(({ ownTextWork }) => ownTextWork as Work);

/** Whether texts of these paragraphs are too long to work on on the page. */
export const tooLongForPage = (...texts: (readonly string[])[]): boolean =>
  texts.reduce((n, paragraphs) => n + paragraphs.reduce((m, p) => m + p.length, 0), 0) >
  PAGE_WORK_CHARS;
