/**
 * The report's sentences, the same on the page, in print and in the downloaded file: the verdict
 * and what each copied run is named by.
 */
import type { Lang } from '../i18n/messages.ts';
import { formatPercent } from '../i18n/translate.ts';
import type { CheckReport } from './measure.ts';
import { say } from './messages.ts';
import type { TextRun } from './runs.ts';

/** How a speech is named: （六）, or an own text's title. */
export type Label = (speech: number) => string;

/** One line in plain words: the largest source, all sources together, and the stock share. */
export function verdict(report: CheckReport, lang: Lang, label: Label): string {
  const { largest } = report;
  if (!largest) return say(lang, 'verdictNone', { k: report.k }) + say(lang, 'verdictEnd');
  const source = label(largest.speech);
  return [
    largest.twin
      ? say(lang, 'verdictTwin', { source })
      : say(lang, 'verdictCopied', { share: formatPercent(largest.share), source }),
    report.copied > largest.copied
      ? say(lang, 'verdictAll', { total: formatPercent(report.total) })
      : '',
    report.copiedStock > 0 ? say(lang, 'verdictStock', { stock: formatPercent(report.stock) }) : '',
    say(lang, 'verdictEnd'),
  ].join('');
}

/** One list format per language: made per run, it cost a report of thousands of runs 0.1 s. */
const formats = new Map<Lang, Intl.ListFormat>();
function listFormat(lang: Lang): Intl.ListFormat {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.ListFormat(lang === 'zh' ? 'zh' : 'en')));
  return format;
}

/** Where a copied run comes from, every source with its paragraph: its accessible description. */
export function runSources(run: TextRun, lang: Lang, label: Label): string {
  const places = run.sources.map(
    (s) =>
      say(lang, 'checkPlace', { source: label(s.speech), p: s.paragraph + 1 }) +
      (s.partly ? say(lang, 'checkPartly') : ''),
  );
  const list = listFormat(lang).format(places);
  return (
    say(lang, 'checkRunFrom', { places: list }) +
    (run.more > 0 ? say(lang, 'checkMore', { n: run.more }) : '') +
    (run.parts.some((p) => p.stock) ? say(lang, 'checkRunStock') : '')
  );
}

/** The superscript beside a run: its first source, and how many there are when more than one. */
export function runTag(run: TextRun, lang: Lang, label: Label): string {
  const first = run.sources[0];
  if (!first) return '';
  const all = run.sources.length + run.more;
  return label(first.speech) + (all > 1 ? say(lang, 'checkMoreShort', { n: all }) : '');
}
