import type { Corpus, Position, Speech } from './types.ts';

/** Thrown when corpus.json does not have the shape the app needs; the message says where. */
export class CorpusShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusShapeError';
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function need<T>(ok: boolean, value: T, what: string): T {
  if (!ok) throw new CorpusShapeError(`corpus.json: ${what}`);
  return value;
}

function position(v: unknown, where: string): Position {
  need(isObject(v), v, `${where} is not an object`);
  const o = v as Json;
  for (const key of ['speech', 'paragraph', 'offset']) {
    need(Number.isInteger(o[key]), null, `${where}.${key} is not a whole number`);
  }
  return {
    speech: o.speech as number,
    paragraph: o.paragraph as number,
    offset: o.offset as number,
  };
}

function speech(v: unknown, index: number): Speech {
  const where = `speeches[${index}]`;
  need(isObject(v), v, `${where} is not an object`);
  const o = v as Json;
  need(o.number === index + 1, null, `${where}.number should be ${index + 1}`);
  need(typeof o.label === 'string' && o.label !== '', null, `${where}.label is missing`);
  const paragraphs = o.paragraphs;
  need(
    Array.isArray(paragraphs) &&
      paragraphs.length > 0 &&
      paragraphs.every((p) => typeof p === 'string' && p !== ''),
    null,
    `${where}.paragraphs is not a list of text`,
  );
  need(Number.isInteger(o.chars), null, `${where}.chars is not a whole number`);
  return {
    number: index + 1,
    label: o.label as string,
    paragraphs: paragraphs as string[],
    chars: o.chars as number,
  };
}

/** Checks parsed corpus.json and returns it typed; throws CorpusShapeError naming the first fault. */
export function validateCorpus(data: unknown): Corpus {
  need(isObject(data), data, 'the top level is not an object');
  const o = data as Json;
  need(typeof o.title === 'string', null, 'title is missing');
  need(o.countLabel === null || typeof o.countLabel === 'string', null, 'countLabel is invalid');
  need(typeof o.source === 'string', null, 'source is missing');
  need(typeof o.sha256 === 'string', null, 'sha256 is missing');
  need(Array.isArray(o.speeches) && o.speeches.length > 0, null, 'speeches is not a list');
  let paid: Corpus['paid'] = null;
  if (o.paid !== null) {
    need(isObject(o.paid), null, 'paid is invalid');
    const p = o.paid as Json;
    paid = { begin: position(p.begin, 'paid.begin'), end: position(p.end, 'paid.end') };
  }
  return {
    title: o.title as string,
    countLabel: o.countLabel as string | null,
    source: o.source as string,
    sha256: o.sha256 as string,
    paid,
    speeches: (o.speeches as unknown[]).map(speech),
  };
}
