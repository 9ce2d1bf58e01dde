import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFromFile, corpusJson } from '../../../tools/build/build-corpus.ts';
import { CorpusParseError, decodeUtf8, parseCollection } from '../../../src/lib/corpus/parse.ts';
import { CORPUS_JSON, CORPUS_SOURCE } from '../../../tools/paths.ts';

const meta = { source: 'test.txt', sha256: '0' };
const parse = (text: string) => parseCollection(text, meta);

/** The line and message of the error a source raises. */
function failure(text: string): string {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof CorpusParseError) return error.message;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('the real collection', () => {
  const corpus = corpusFromFile(CORPUS_SOURCE);
  const text = (n: number) => corpus.speeches[n - 1]?.paragraphs.join('\n') ?? '';

  it('has the title, the count line and six speeches in order', () => {
    expect(corpus.title).toBe('学习2023年全国“两会”精神专题研讨发言');
    expect(corpus.countLabel).toBe('（6篇）');
    expect(corpus.speeches.map((s) => s.label)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
    ]);
    expect(corpus.speeches.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps one paragraph per non-blank line', () => {
    expect(corpus.speeches.map((s) => s.paragraphs.length)).toEqual([6, 5, 9, 8, 4, 9]);
  });

  it('has speeches 3 and 6 equal character for character', () => {
    expect(text(3)).toBe(text(6));
    expect(text(3)).not.toBe(text(1));
  });

  it('removes the paywall markers and records where the paid part was', () => {
    expect(JSON.stringify(corpus)).not.toMatch(/##paid/u);
    expect(corpus.paid).toEqual({
      begin: { speech: 1, paragraph: 5, offset: 0 },
      end: { speech: 6, paragraph: 9, offset: 168 },
    });
    expect(corpus.speeches[0]?.paragraphs[4]?.startsWith('三是坚持以全国“两会”精神')).toBe(true);
  });

  it('loses and adds nothing: the paragraphs are the source lines less markers and blanks', () => {
    const lines = readFileSync(CORPUS_SOURCE, 'utf8')
      .replaceAll('##paidbegin##', '')
      .replaceAll('##paidend##', '')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const rebuilt = [
      corpus.title,
      corpus.countLabel,
      ...corpus.speeches.flatMap((s) => [s.label, ...s.paragraphs]),
    ];
    expect(rebuilt).toEqual(lines);
  });

  it('counts characters as code points', () => {
    for (const s of corpus.speeches) expect(s.chars).toBe([...s.paragraphs.join('')].length);
  });

  it('matches the committed static/corpus.json (run `npm run corpus` after changing the source)', () => {
    expect(readFileSync(CORPUS_JSON, 'utf8')).toBe(corpusJson(corpus));
  });
});

describe('the collection format', () => {
  it('accepts a file without a count line, CRLF line ends and numerals past 十', () => {
    const headings = Array.from({ length: 21 }, (_, i) => i + 1);
    const numerals =
      '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一'.split(
        ' ',
      );
    const text = [
      '题目',
      ...headings.flatMap((n) => [`（${numerals[n - 1]}）`, `第${n}篇。`]),
    ].join('\r\n');
    const corpus = parse(text);
    expect(corpus.countLabel).toBeNull();
    expect(corpus.paid).toBeNull();
    expect(corpus.speeches).toHaveLength(21);
    expect(corpus.speeches[20]).toEqual({
      number: 21,
      label: '（二十一）',
      paragraphs: ['第21篇。'],
      chars: 5,
    });
  });

  it('records a paywall marker in the middle of a paragraph by its offset', () => {
    const corpus = parse('题\n（一）\n甲乙##paidbegin##丙\n丁##paidend##戊\n');
    expect(corpus.speeches[0]?.paragraphs).toEqual(['甲乙丙', '丁戊']);
    expect(corpus.paid).toEqual({
      begin: { speech: 1, paragraph: 1, offset: 2 },
      end: { speech: 1, paragraph: 2, offset: 1 },
    });
  });

  it('keeps astral characters whole', () => {
    const corpus = parse('题\n（一）\n𠀀𪚥字\n');
    expect(corpus.speeches[0]?.chars).toBe(3);
  });
});

describe('bad input is refused with the line named', () => {
  it('no heading at all', () => {
    expect(failure('题目\n（6篇）\n')).toBe('line 3: no speech heading such as （一） found');
  });
  it('text before the first heading', () => {
    expect(failure('题目\n正文\n（一）\n甲')).toBe(
      'line 2: text before the first heading such as （一）',
    );
  });
  it('a heading out of order', () => {
    expect(failure('题\n（一）\n甲\n（三）\n乙')).toBe(
      'line 4: heading （三） is out of order: speech 2 was expected',
    );
  });
  it('a heading repeated', () => {
    expect(failure('题\n（一）\n甲\n（二）\n乙\n（二）\n丙')).toBe(
      'line 6: heading （二） repeats an earlier number: speech 3 was expected',
    );
  });
  it('an empty speech', () => {
    expect(failure('题\n（一）\n\n（二）\n乙')).toBe('line 2: speech （一） has no text');
    expect(failure('题\n（一）\n甲\n（二）\n')).toBe('line 4: speech （二） has no text');
  });
  it('a paywall begin without an end', () => {
    expect(failure('题\n（一）\n##paidbegin##甲\n乙')).toBe(
      'line 3: ##paidbegin## has no ##paidend## after it',
    );
  });
  it('a paywall end without a begin', () => {
    expect(failure('题\n（一）\n甲##paidend##')).toBe(
      'line 3: ##paidend## without a ##paidbegin## before it',
    );
  });
  it('a second paywall begin', () => {
    expect(failure('题\n（一）\n##paidbegin##甲\n##paidbegin##乙\n##paidend##')).toBe(
      'line 4: a second ##paidbegin##',
    );
  });
  it('an empty file', () => {
    expect(failure('\n\n')).toBe('line 1: the file is empty');
  });
  it('a file that is not UTF-8, naming the line', () => {
    const gbk = new Uint8Array([0xe9, 0xa2, 0x98, 0x0a, 0xb5, 0xda, 0x0a]); // 题\n then GBK bytes
    expect(() => decodeUtf8(gbk)).toThrow('line 2: the file is not valid UTF-8');
  });
  it('decodes valid UTF-8 and drops a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF题\n（一）\n甲');
    expect(parse(decodeUtf8(bytes)).title).toBe('题');
  });
});
