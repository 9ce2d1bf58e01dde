import type { Corpus, PassimFindings, Position, Speech } from './types.ts';

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

const isPair = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every(Number.isInteger) && v[0] < v[1];

/** passim's findings, each passage inside its speech (checked against the speeches). */
function passimFindings(v: unknown, speeches: readonly Speech[]): PassimFindings {
  need(isObject(v), v, 'passim is not an object');
  const o = v as Json;
  need(Number.isInteger(o.clusters) && Number.isInteger(o.leftOut), null, 'passim counts');
  const count = speeches.length;
  need(
    Array.isArray(o.pairs) && o.pairs.every((p) => isPair(p) && p[0] >= 1 && p[1] <= count),
    null,
    'passim.pairs is not a list of pairs of speeches',
  );
  need(Array.isArray(o.passages), null, 'passim.passages is not a list');
  const passages = (o.passages as unknown[]).map((p, i) => {
    const where = `passim.passages[${i}]`;
    need(isObject(p) && typeof p.cluster === 'string', null, `${where} has no cluster`);
    const o = p as Json;
    const [from, to] = [position(o.from, `${where}.from`), position(o.to, `${where}.to`)];
    const speech = speeches[from.speech - 1];
    const inside = (at: Position) =>
      at.speech === from.speech &&
      at.offset <= (speech?.paragraphs[at.paragraph - 1]?.length ?? -1) &&
      at.offset >= 0;
    need(inside(from) && inside(to), null, `${where} is not inside its speech`);
    return { cluster: o.cluster as string, from, to };
  });
  return {
    clusters: o.clusters as number,
    pairs: o.pairs as [number, number][],
    passages,
    leftOut: o.leftOut as number,
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
  const speeches = (o.speeches as unknown[]).map(speech);
  return {
    title: o.title as string,
    countLabel: o.countLabel as string | null,
    source: o.source as string,
    sha256: o.sha256 as string,
    paid,
    speeches,
    ...(o.passim === undefined ? {} : { passim: passimFindings(o.passim, speeches) }),
  };
}
