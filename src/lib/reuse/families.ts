/**
 * The overview's list of shared passages as a reader asks of it: every maximal shared passage
 * whole, with every speech that has it, and a passage inside a longer one listed under it as one
 * family. Also: which speeches contain any text a reader types.
 *
 * Nothing is cut or dropped. A passage is maximal (analysis.ts): one character more on either
 * side loses a text, so its ends may fall inside a clause and carry its punctuation; cutting it to
 * clauses hid what a reader looks for (the 44 characters that （三）（四）（六） share lost their
 * head where （二） has a part, and a part shorter than the minimum vanished). A passage inside a
 * longer one is always found in more texts than it (the same texts would make it extend), so it
 * says something the longer one does not.
 */
import type { Passage, SpeechText } from './passages.ts';

export interface Place {
  speech: number;
  /** 0-based paragraph of the first occurrence in that speech. */
  paragraph: number;
}

export interface Entry {
  /** The passage exactly as it stands in every place. */
  text: string;
  /** The first place in each speech containing the text, in order of speech. */
  places: Place[];
  /** Found in STOCK_GROUPS or more different texts (identical speeches count once). */
  stock: boolean;
}

export interface Family {
  /** The longest passage of the family. */
  head: Entry;
  /** Shorter passages inside it, each found in more speeches than the head. */
  members: Entry[];
}

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

/** A passage as an entry: its occurrences are all of its text's, so its places are too. */
function entryOf(passage: Passage): Entry {
  const places: Place[] = [];
  for (const o of passage.occurrences)
    if (places.at(-1)?.speech !== o.speech)
      places.push({ speech: o.speech, paragraph: o.paragraph });
  return { text: passage.text, places, stock: passage.stock };
}

/**
 * Every passage as an entry, grouped under the first longer passage that contains it (longest
 * first, as sharedPassages lists them). Each passage is in exactly one family.
 */
export function passageFamilies(passages: readonly Passage[]): Family[] {
  const sorted = [...passages].sort((x, y) => y.length - x.length);
  const families: Family[] = [];
  for (const passage of sorted) {
    const entry = entryOf(passage);
    const family = families.find((f) => f.head.text.includes(entry.text));
    if (family) family.members.push(entry);
    else families.push({ head: entry, members: [] });
  }
  return families;
}

/** How many passages the families hold, and how many of them are stock phrases. */
export function countEntries(families: readonly Family[]): { all: number; stock: number } {
  const entries = families.flatMap((f) => [f.head, ...f.members]);
  return { all: entries.length, stock: entries.filter((e) => e.stock).length };
}

/** The families with text containing the query (any of its passages), in their order. */
export function filterFamilies(families: readonly Family[], query: string): Family[] {
  const q = query.trim();
  if (q === '') return [...families];
  return families.filter((f) => [f.head, ...f.members].some((e) => e.text.includes(q)));
}
