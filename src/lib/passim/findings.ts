/**
 * passim's findings as the overview lists them (views/overview/PassimFindings.svelte): its clusters,
 * largest first, each passage spelt out from the speech's own text.
 */
import type { PassimFindings, Position, Speech } from '../corpus/types.ts';

interface PassimPassageText {
  speech: number;
  /** 1-based, where the passage begins. */
  paragraph: number;
  /** The passage's text, one string for each paragraph it spans: whole, never cut. */
  lines: string[];
}

export interface PassimCluster {
  cluster: string;
  passages: PassimPassageText[];
}

/** The text from one place to another in a speech, paragraph by paragraph. */
function textBetween(speech: Speech, from: Position, to: Position): string[] {
  const lines: string[] = [];
  for (let p = from.paragraph; p <= to.paragraph; p++) {
    const text = speech.paragraphs[p - 1] ?? '';
    const start = p === from.paragraph ? from.offset : 0;
    const end = p === to.paragraph ? to.offset : text.length;
    if (end > start) lines.push(text.slice(start, end));
  }
  return lines;
}

/** Every cluster with its passages (in reading order), the largest clusters first. */
export function passimClusters(
  speeches: readonly Speech[],
  found: PassimFindings,
): PassimCluster[] {
  const byCluster = new Map<string, PassimPassageText[]>();
  for (const { cluster, from, to } of found.passages) {
    const speech = speeches[from.speech - 1];
    if (!speech) continue;
    let list = byCluster.get(cluster);
    if (!list) byCluster.set(cluster, (list = []));
    list.push({
      speech: from.speech,
      paragraph: from.paragraph,
      lines: textBetween(speech, from, to),
    });
  }
  return [...byCluster]
    .map(([cluster, passages]) => ({
      cluster,
      passages: passages.sort((x, y) => x.speech - y.speech || x.paragraph - y.paragraph),
    }))
    .sort((x, y) => y.passages.length - x.passages.length);
}
