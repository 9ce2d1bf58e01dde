/**
 * Own texts in the URL fragment (#…, which browsers never send to a server): `#v1.` then
 * base64url of one mode byte and raw DEFLATE of the JSON {"a": text, "b": text}.
 *
 * Mode 0 is plain DEFLATE. Mode 1 adds the first 4 bytes of the collection's SHA-256 and uses the
 * collection's text as a preset dictionary: speech 1 pasted as an own text takes 116 characters
 * instead of 3,056 (measured; README). The encoder keeps the shorter of the two, so a text unlike
 * the collection costs nothing more, and a link made with another version of the collection is
 * recognised and refused rather than read as garbage.
 *
 * Decoding never trusts the fragment: its length, the version, the mode, the dictionary, the
 * inflated size (a decompression bomb stops at MAX_DECODED_BYTES) and the JSON shape are checked.
 * The shape is checked while inflating, before JSON.parse: one flat object of strings, so that a
 * short link that inflates to megabytes of `[` (JSON.parse spent seconds on them) is refused at
 * its first bytes.
 */
import { Inflate, deflateSync } from 'fflate';
import { base64urlDecode, base64urlEncode } from './base64url.ts';

export const FRAGMENT_PREFIX = '#v1.';
/** A fragment longer than this is not read (no link the app makes comes near it). */
export const MAX_FRAGMENT_CHARS = 4_000_000;
/** Inflated JSON larger than this is refused: two texts at MAX_CHARS of CJK fit. */
export const MAX_DECODED_BYTES = 8 * 1024 * 1024;
/** A link longer than this is not offered for sharing (chat apps and mail cut them). */
export const MAX_LINK_CHARS = 32_000;
/** DEFLATE looks back 32 KiB: a longer dictionary would not be read. */
const WINDOW = 32 * 1024;
/** Texts larger than this skip the dictionary: it saves at most a window's worth. */
const DICTIONARY_UP_TO = 256 * 1024;

export interface OwnTexts {
  a?: string;
  b?: string;
}

export interface Dictionary {
  /** The first 4 bytes of the collection's SHA-256. */
  id: Uint8Array;
  bytes: Uint8Array;
}

/** `too-long`: the fragment itself is over MAX_FRAGMENT_CHARS; `too-big`: what it inflates to. */
export type FragmentError = 'version' | 'corrupt' | 'too-long' | 'too-big' | 'collection';

export type Decoded = { ok: true; texts: OwnTexts } | { ok: false; reason: FragmentError };

/** The collection's text (its last 32 KiB) as a preset dictionary, named by its SHA-256. */
export function dictionaryOf(paragraphs: readonly string[], sha256: string): Dictionary {
  const bytes = new TextEncoder().encode(paragraphs.join('\n'));
  const id = new Uint8Array(4);
  for (let i = 0; i < 4; i++) id[i] = parseInt(sha256.slice(2 * i, 2 * i + 2), 16) || 0;
  return { id, bytes: bytes.subarray(Math.max(0, bytes.length - WINDOW)) };
}

/** Byte arrays one after another, in one array. */
export const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The fragment for these texts; '' when there is no text to carry. */
export function encodeFragment(texts: OwnTexts, dictionary?: Dictionary): string {
  const payload: OwnTexts = {};
  if (texts.a) payload.a = texts.a;
  if (texts.b) payload.b = texts.b;
  if (payload.a === undefined && payload.b === undefined) return '';
  const json = new TextEncoder().encode(JSON.stringify(payload));
  let best = concat(Uint8Array.of(0), deflateSync(json, { level: 9 }));
  if (dictionary && json.length <= DICTIONARY_UP_TO) {
    const packed = deflateSync(json, { level: 9, dictionary: dictionary.bytes });
    if (packed.length + 5 < best.length) best = concat(Uint8Array.of(1), dictionary.id, packed);
  }
  return FRAGMENT_PREFIX + base64urlEncode(best);
}

class TooBig extends Error {}
class BadShape extends Error {}

/** " \ { } [ in UTF-8 (and ASCII). */
const [QUOTE, BACKSLASH, OPEN, CLOSE, BRACKET] = [0x22, 0x5c, 0x7b, 0x7d, 0x5b];

/**
 * Checks UTF-8 JSON piece by piece, as it is inflated: outside strings there may be one object and
 * nothing nested in it (no `[`, no second `{`), which is all the shape {"a": …, "b": …} needs.
 * Bytes of a multi-byte character are all ≥ 0x80, so they are never taken for these ASCII ones.
 */
function shapeScanner(): (bytes: Uint8Array) => void {
  let [depth, inString, escaped] = [0, false, false];
  return (bytes) => {
    for (const byte of bytes) {
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) inString = true;
      else if (byte === OPEN) {
        if (++depth > 1) throw new BadShape();
      } else if (byte === CLOSE) depth--;
      else if (byte === BRACKET) throw new BadShape();
    }
  };
}

/**
 * Inflates in small pieces, stopping as soon as the output passes the limit or leaves the shape
 * of own texts (shapeScanner).
 */
function inflateBounded(
  data: Uint8Array,
  dictionary?: Uint8Array,
): Uint8Array | 'too-big' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const scan = shapeScanner();
  const inflate = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
    size += chunk.length;
    if (size > MAX_DECODED_BYTES) throw new TooBig();
    scan(chunk);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    // DEFLATE expands at most about 1,032 to 1: a 1 KiB piece stops a bomb within 1 MiB more.
    const PIECE = 1024;
    for (let at = 0; at < data.length; at += PIECE) {
      inflate.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
    }
    if (data.length === 0) inflate.push(data, true);
  } catch (error) {
    if (error instanceof TooBig) return 'too-big';
    if (error instanceof BadShape) return 'corrupt';
    throw error;
  }
  if (!ended) throw new Error('truncated');
  return concat(...chunks);
}

/** Reads a fragment (with its #); '' or '#' is no texts, not an error. */
export function decodeFragment(hash: string, dictionary?: Dictionary): Decoded {
  if (hash === '' || hash === '#') return { ok: true, texts: {} };
  if (hash.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'too-long' };
  if (!hash.startsWith(FRAGMENT_PREFIX)) return { ok: false, reason: 'version' };
  const bytes = base64urlDecode(hash.slice(FRAGMENT_PREFIX.length));
  if (bytes === null || bytes.length < 2) return { ok: false, reason: 'corrupt' };
  const mode = bytes[0];
  let data: Uint8Array;
  let dict: Uint8Array | undefined;
  if (mode === 0) data = bytes.subarray(1);
  else if (mode === 1) {
    const id = bytes.subarray(1, 5);
    if (!dictionary || id.length < 4 || id.some((b, i) => b !== dictionary.id[i])) {
      return { ok: false, reason: 'collection' };
    }
    data = bytes.subarray(5);
    dict = dictionary.bytes;
  } else return { ok: false, reason: 'version' };
  try {
    const json = inflateBounded(data, dict);
    if (typeof json === 'string') return { ok: false, reason: json };
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    return isOwnTexts(value) ? { ok: true, texts: value } : { ok: false, reason: 'corrupt' };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

function isOwnTexts(value: unknown): value is OwnTexts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.every(([k, v]) => (k === 'a' || k === 'b') && typeof v === 'string');
}
