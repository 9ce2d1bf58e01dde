/**
 * The report's sentences, the same on the page, in print and in the downloaded file: the verdict
 * and what each copied run is named by.
 */
import type { Lang } from '../i18n/messages.ts';
import { joinList } from '../i18n/list.ts';
import { formatPercent, translate } from '../i18n/translate.ts';
import type { CheckReport } from './measure.ts';

import type { TextRun } from './runs.ts';

/** How a speech is named: （六）, or an own text's title. */
export type Label = (speech: number) => string;

/**
 * One line in plain words: the largest source, all sources together, and the stock share. With
 * a twin left out, first that the text is the twin, then the same line for the other sources.
 */
export function verdict(report: CheckReport, lang: Lang, label: Label): string {
  const { largest } = report;
  const apart = report.twins.length > 0 && !report.withTwins;
  const twins = apart ? names(report.twins, lang, label) : '';
  const before = apart ? translate(lang, 'report.verdictTwinLeftOut', { twins }) : '';
  if (!largest)
    return (
      before +
      translate(lang, apart ? 'report.verdictNoneApart' : 'report.verdictNone', {
        k: report.k,
        twins,
      }) +
      translate(lang, 'report.verdictEnd')
    );
  const source = label(largest.speech);
  return [
    before,
    apart ? translate(lang, 'report.verdictApart', { twins }) : '',
    largest.twin
      ? translate(lang, 'report.verdictTwin', { source })
      : translate(lang, 'report.verdictCopied', { share: formatPercent(largest.share), source }),
    report.copied > largest.copied
      ? translate(lang, 'report.verdictAll', { total: formatPercent(report.total) })
      : '',
    report.copiedStock > 0
      ? translate(lang, 'report.verdictStock', { stock: formatPercent(report.stock) })
      : '',
    translate(lang, 'report.verdictEnd'),
  ].join('');
}

/** Speeches named in a list: （三）和（六） / Speech 3 and Speech 6. */
export const names = (speeches: readonly number[], lang: Lang, label: Label): string =>
  joinList(speeches.map(label), lang);

/** Where a copied run comes from, every source with its paragraph: its accessible description. */
export function runSources(run: TextRun, lang: Lang, label: Label): string {
  const places = runLinks(run, lang, label).links.map((link) => link.place);
  const list = joinList(places, lang);
  return (
    translate(lang, 'report.checkRunFrom', { places: list }) +
    (run.more > 0 ? translate(lang, 'report.checkMore', { n: run.more }) : '') +
    (run.parts.some((p) => p.stock) ? translate(lang, 'report.checkRunStock') : '')
  );
}

/** A source of a run as its superscript links it: the source's name, and the place in full. */
interface RunLink {
  speech: number;
  paragraph: number;
  /** The source's name, the link's text. */
  name: string;
  /** Its place in words, e.g. （二）第 3 段（部分）: the link's accessible name and title. */
  place: string;
}

/**
 * The superscript beside a run: every source it names, each a link to the source's paragraph,
 * and how many more a large collection left out (or null).
 */
export function runLinks(
  run: TextRun,
  lang: Lang,
  label: Label,
): { links: RunLink[]; more: string | null } {
  return {
    links: run.sources.map((s) => ({
      speech: s.speech,
      paragraph: s.paragraph,
      name: label(s.speech),
      place:
        translate(lang, 'report.checkPlace', { source: label(s.speech), p: s.paragraph + 1 }) +
        (s.partly ? translate(lang, 'report.checkPartly') : ''),
    })),
    more: run.more > 0 ? translate(lang, 'report.checkMore', { n: run.more }) : null,
  };
}
