/**
 * The overview's list of shared passages as a reader asks of it: each passage cut to whole
 * clauses, the speeches that truly contain that text (found again, since a shorter text may be in
 * more speeches than the passage it was cut from), and passages inside a longer one listed under
 * it as one family. Also: which speeches contain any text a reader types.
 */
import type { Passage, SpeechText } from './passages.ts';

export interface Place {
  speech: number;
  /** 0-based paragraph of the first occurrence in that speech. */
  paragraph: number;
}

export interface Entry {
  text: string;
  /** The first place in each speech containing the text, in order of speech. */
  places: Place[];
  stock: boolean;
}

export interface Family {
  /** The longest passage of the family. */
  head: Entry;
  /** Shorter passages inside it that occur in speeches the head is not in. */
  members: Entry[];
}

const BREAK = /[\p{P}\p{Z}\s]/u;

/** Every speech whose text contains `text` (within one paragraph), with the first place. */
export function whereFound(speeches: readonly SpeechText[], text: string): Place[] {
  if (text === '') return [];
  const out: Place[] = [];
  for (const s of speeches) {
    const paragraph = s.paragraphs.findIndex((p) => p.includes(text));
    if (paragraph >= 0) out.push({ speech: s.number, paragraph });
  }
  return out;
}

/**
 * A passage cut to clause boundaries: no punctuation at either end, and a clause begun or ended
 * mid-way in some occurrence left out, unless that leaves fewer than `min` code points.
 */
export function trimPassage(
  passage: Passage,
  speeches: readonly SpeechText[],
  min: number,
): string {
  const chars = Array.from(passage.text);
  const paragraphs = new Map(speeches.map((s) => [s.number, s.paragraphs]));
  let midStart = false;
  let midEnd = false;
  for (const o of passage.occurrences) {
    const p = Array.from(paragraphs.get(o.speech)?.[o.paragraph] ?? '');
    const before = p[o.start - 1];
    const after = p[o.end];
    midStart ||= before !== undefined && !BREAK.test(before) && !BREAK.test(chars[0] ?? '');
    midEnd ||= after !== undefined && !BREAK.test(after) && !BREAK.test(chars.at(-1) ?? '');
  }
  let [from, to] = [0, chars.length];
  if (midStart) {
    const k = chars.findIndex((c) => BREAK.test(c));
    if (k >= 0) from = k + 1;
  }
  if (midEnd) {
    const k = chars.findLastIndex((c) => BREAK.test(c));
    if (k >= from) to = k;
  }
  const strip = (a: number, b: number) => {
    while (a < b && BREAK.test(chars[a]!)) a++;
    while (b > a && BREAK.test(chars[b - 1]!)) b--;
    return chars.slice(a, b).join('');
  };
  const clauses = strip(from, to);
  return Array.from(clauses).length >= min ? clauses : strip(0, chars.length);
}

/**
 * The passages trimmed (see trimPassage), each once, with the speeches truly containing them,
 * grouped under the longest passage containing them. A shorter passage is kept in its family
 * only when more speeches contain it than its head; otherwise the head says all it would.
 */
export function passageFamilies(
  passages: readonly Passage[],
  speeches: readonly SpeechText[],
  min: number,
): Family[] {
  const entries = new Map<string, Entry>();
  for (const p of passages) {
    const text = trimPassage(p, speeches, min);
    if (entries.has(text) || Array.from(text).length < min) continue;
    const places = whereFound(speeches, text);
    if (places.length < 2) continue;
    entries.set(text, { text, places, stock: p.stock });
  }
  const sorted = [...entries.values()].sort(
    (x, y) => Array.from(y.text).length - Array.from(x.text).length,
  );
  const families: Family[] = [];
  for (const entry of sorted) {
    const family = families.find((f) => f.head.text.includes(entry.text));
    if (!family) families.push({ head: entry, members: [] });
    else {
      const inHead = new Set(family.head.places.map((p) => p.speech));
      if (entry.places.some((p) => !inHead.has(p.speech))) family.members.push(entry);
    }
  }
  return families;
}

/** The families with text containing the query (any of its passages), in their order. */
export function filterFamilies(families: readonly Family[], query: string): Family[] {
  const q = query.trim();
  if (q === '') return [...families];
  return families.filter((f) => [f.head, ...f.members].some((e) => e.text.includes(q)));
}
