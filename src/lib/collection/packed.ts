/**
 * A collection's texts as a few long strings and two columns of numbers: how they are kept in
 * the browser's store (collection/store.ts) and posted to a worker. 10,000 texts as 300,000
 * paragraph strings held the page's thread for seconds, as a structured clone to and from a
 * worker and as IndexedDB's serialization; a few strings and two typed arrays are copied at once.
 */
import type { TextInput } from '../index/layout.ts';

export interface PackedTexts {
  /** The paragraphs of `perChunk` texts each (the last: the rest), end to end. */
  chunks: string[];
  /** Kept with the texts, so that what was stored unpacks whatever the packer does later. */
  perChunk: number;
  /** Per text, its count of paragraphs. */
  counts: Int32Array;
  /** Per paragraph, all texts in order, its length in UTF-16 units. */
  lengths: Int32Array;
}

/** 500 texts of ~3,000 characters: chunks of ~1.5 M characters, 20 at 10,000 texts. */
const PER_CHUNK = 500;

export function packTexts(texts: readonly TextInput[], perChunk = PER_CHUNK): PackedTexts {
  const counts = Int32Array.from(texts, (t) => t.paragraphs.length);
  const lengths = new Int32Array(counts.reduce((n, c) => n + c, 0));
  const chunks: string[] = [];
  let p = 0;
  for (let from = 0; from < texts.length; from += perChunk) {
    const parts: string[] = [];
    for (const t of texts.slice(from, from + perChunk))
      for (const paragraph of t.paragraphs) {
        lengths[p++] = paragraph.length;
        parts.push(paragraph);
      }
    chunks.push(parts.join(''));
  }
  return { chunks, perChunk, counts, lengths };
}

export function unpackTexts({ chunks, perChunk, counts, lengths }: PackedTexts): {
  paragraphs: string[];
}[] {
  const texts: { paragraphs: string[] }[] = [];
  let p = 0;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    let at = 0;
    for (let t = c * perChunk; t < Math.min(counts.length, (c + 1) * perChunk); t++) {
      const paragraphs: string[] = [];
      for (let i = 0; i < counts[t]!; i++) {
        paragraphs.push(chunk.slice(at, at + lengths[p]!));
        at += lengths[p++]!;
      }
      texts.push({ paragraphs });
    }
  }
  return texts;
}
