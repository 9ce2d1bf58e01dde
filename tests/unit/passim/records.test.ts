import { expect, it } from 'vitest';
import { passimInput } from '../../../src/lib/passim/export.ts';
import { parseRecords } from '../../../src/lib/passim/records.ts';

it('takes the good lines of a JSON-lines file and names each bad one with its reason', () => {
  const lines = [
    '{"id":"a","text":"第一段\\r\\n\\n第二段","series":"县","date":"2023-03-15","title":"甲"}',
    '{"id":"b","text":"乙',
    '{"id":17,"text":"十七"}',
    '["not","a","record"]',
    '{"id":"a","text":"again"}',
    '{"id":"c"}',
    '{"text":"无名"}',
    '{"id":"d","text":"\\n\\n"}',
  ];
  const { texts, problems } = parseRecords(lines.join('\n'), 'records.jsonl');
  expect(texts).toEqual([
    { id: 'a', title: '甲', paragraphs: ['第一段', '第二段'], series: '县', date: '2023-03-15' },
    { id: '17', title: 'records.jsonl #17', paragraphs: ['十七'] },
  ]);
  expect(problems).toEqual([
    { line: 2, reason: 'not a JSON record' },
    { line: 4, reason: 'not a JSON object' },
    { line: 5, reason: 'id "a" is already taken by an earlier line' },
    { line: 6, reason: 'no text (id "c")' },
    { line: 7, reason: 'no id' },
    { line: 8, reason: 'empty text (id "d")' },
  ]);
});

it('reads back what the export writes; a text without a series is its own', () => {
  const texts = [
    { id: 'x/1.txt', title: '一', paragraphs: ['𠮷野家', '“引号”\\'] },
    { id: 'y', title: '二', paragraphs: ['二'], series: 's', date: '2020' },
  ];
  expect(parseRecords(passimInput(texts), 'in.json').texts).toEqual([
    { ...texts[0], series: 'x/1.txt' },
    texts[1],
  ]);
});
