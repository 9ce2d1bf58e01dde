import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../../src/lib/corpus/load.ts';
import { loadCorpus } from '../../../src/app/load.ts';
import { validateCorpus } from '../../../src/lib/corpus/validate.ts';
import { CORPUS_JSON } from '../../../tools/paths.ts';

const good: unknown = JSON.parse(readFileSync(CORPUS_JSON, 'utf8'));

describe('corpus.json validation', () => {
  it('accepts the committed corpus', () => {
    expect(validateCorpus(good).speeches).toHaveLength(6);
  });
  it.each([
    [null, 'corpus.json: the top level is not an object'],
    [[], 'corpus.json: the top level is not an object'],
    [{ ...(good as object), speeches: [] }, 'corpus.json: speeches is not a list'],
    [{ ...(good as object), title: 3 }, 'corpus.json: title is missing'],
    [
      {
        ...(good as object),
        speeches: [{ number: 1, label: '（一）', paragraphs: [''], chars: 0 }],
      },
      'corpus.json: speeches[0].paragraphs is not a list of text',
    ],
    [
      {
        ...(good as object),
        speeches: [{ number: 2, label: '（一）', paragraphs: ['甲'], chars: 1 }],
      },
      'corpus.json: speeches[0].number should be 1',
    ],
  ])('refuses %j', (data, message) => {
    expect(() => validateCorpus(data)).toThrow(message);
  });
  it('loadCorpus names the reason a reader can act on, with the detail', async () => {
    const fake = (body: string, status = 200) =>
      (() => Promise.resolve(new Response(body, { status }))) as unknown as typeof fetch;
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => expect.fail('should have failed'),
        (error: unknown) => {
          expect(error).toBeInstanceOf(LoadError);
          const { reason, status, message } = error as LoadError;
          return { reason, status, message };
        },
      );
    await expect(failure(loadCorpus('corpus.json', fake('', 404)))).resolves.toEqual({
      reason: 'status',
      status: 404,
      message: 'corpus.json: HTTP 404',
    });
    await expect(failure(loadCorpus('corpus.json', fake('{')))).resolves.toMatchObject({
      reason: 'json',
      message: 'corpus.json: not valid JSON',
    });
    await expect(failure(loadCorpus('corpus.json', fake('{"title": 1}')))).resolves.toMatchObject({
      reason: 'shape',
      message: 'corpus.json: title is missing',
    });
    // The connection dropping while the file comes is not a damaged file.
    const dropped = (() =>
      Promise.resolve({
        ok: true,
        json: () => Promise.reject(new TypeError('network error')),
      })) as unknown as typeof fetch;
    await expect(failure(loadCorpus('corpus.json', dropped))).resolves.toMatchObject({
      reason: 'offline',
    });
    await expect(failure(loadCorpus('corpus.json', offline))).resolves.toMatchObject({
      reason: 'offline',
      message: 'corpus.json: TypeError: Failed to fetch',
    });
    await expect(loadCorpus('corpus.json', fake(JSON.stringify(good)))).resolves.toMatchObject({
      title: '学习2023年全国“两会”精神专题研讨发言',
    });
  });
});
