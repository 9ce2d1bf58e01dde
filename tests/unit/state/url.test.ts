import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { K_MAX, K_MIN } from '../../../src/lib/check/k.ts';
import {
  HOME,
  IGNORES,
  SIDES,
  parseAddress,
  parseUrlState,
  toAddress,
  toSearch,
  type UrlState,
} from '../../../src/lib/state/url/index.ts';
import { queryFields } from '../../fixtures/url-states.ts';

const COUNT = 6;

describe('URL state', () => {
  it('reads a comparison', () => {
    expect(parseUrlState('?a=3&b=6', COUNT)).toEqual({
      state: { ...HOME, a: 3, b: 6 },
      problems: [],
    });
  });

  it('reads one speech, the same speech twice, and the language', () => {
    expect(parseUrlState('?a=2', COUNT).state).toEqual({ ...HOME, a: 2 });
    expect(parseUrlState('?a=4&b=4', COUNT).state).toEqual({ ...HOME, a: 4, b: 4 });
    expect(parseUrlState('?lang=en', COUNT).state).toEqual({ ...HOME, lang: 'en' });
  });

  it('prints the home page as an empty query', () => {
    expect(toSearch(HOME)).toBe('');
    expect(toSearch({ ...HOME, a: 1, b: 2, lang: 'zh' })).toBe('?a=1&b=2&lang=zh');
  });

  it('reads and prints the view options', () => {
    const search = '?a=1&b=2&g=sentence&ignore=punct,width&view=unified&mute=stock&lang=en';
    const { state, problems } = parseUrlState(search, COUNT);
    expect(problems).toEqual([]);
    expect(state).toEqual({
      a: 1,
      b: 2,
      g: 'sentence',
      ignore: ['punct', 'width'],
      view: 'unified',
      mute: true,
      lang: 'en',
      report: false,
      k: null,
      collate: false,
      speeches: [],
      fold: false,
      apart: false,
      own: [],
      collection: null,
    });
    expect(toSearch(state)).toBe(search);
  });

  it('reads and prints the 查重 report of one speech and its K', () => {
    const { state, problems } = parseUrlState('?a=3&report=1&k=20', COUNT);
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...HOME, a: 3, report: true, k: 20 });
    expect(toSearch(state)).toBe('?a=3&report=1&k=20');
    expect(parseUrlState('?b=3&report=1', COUNT).state).toEqual({ ...HOME, b: 3, report: true });
  });

  it('reads and prints a report that counts the identical speech, only when asked (issue 23)', () => {
    // The default leaves an identical source out: the address says nothing of it.
    expect(parseAddress('3/', '?report=1', COUNT).state.apart).toBe(false);
    const { state, problems } = parseAddress('3/', '?report=1&twins=apart', COUNT);
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...HOME, a: 3, report: true, apart: true });
    expect(toAddress(state)).toBe('3/report/?twins=apart');
    expect(toAddress({ ...state, apart: false })).toBe('3/report/');
    // Garbage: a notice, and the default report.
    const garbage = parseAddress('3/', '?report=1&twins=1', COUNT);
    expect(garbage.problems.map((p) => [p.code, p.param])).toEqual([['bad-value', 'twins']]);
    expect(garbage.state).toEqual({ ...HOME, a: 3, report: true });
  });

  it('reads and prints the report of one own text (its text is in the fragment)', () => {
    for (const side of SIDES) {
      const { state, problems } = parseUrlState(`?own=${side}&report=1&k=9`, COUNT);
      expect(problems).toEqual([]);
      expect(state).toEqual({ ...HOME, own: [side], report: true, k: 9 });
      expect(toSearch(state)).toBe(`?own=${side}&report=1&k=9`);
    }
  });

  it.each([
    ['?a=3&report=1&k=7', 'bad-value', { report: true, k: null }],
    ['?a=3&report=1&k=51', 'bad-value', { report: true, k: null }],
    ['?a=3&report=1&k=abc', 'bad-value', { report: true, k: null }],
    ['?a=3&report=1&k=13.5', 'bad-value', { report: true, k: null }],
    ['?a=3&report=yes', 'bad-value', { report: false, k: null }],
    ['?report=1', 'report-alone', { report: false, k: null }],
    ['?a=1&b=2&report=1&k=9', 'report-alone', { report: false, k: 9 }],
    ['?own=a,b&report=1', 'report-alone', { report: false, k: null }],
    ['?own=a&b=2&report=1', 'report-alone', { report: false, k: null }],
  ])('turns %s into a valid report state and a %s problem', (search, code, expected) => {
    const { state, problems } = parseUrlState(search, COUNT);
    expect(problems.map((p) => p.code)).toEqual([code]);
    expect({ report: state.report, k: state.k }).toEqual(expected);
  });

  it('reads a lone b as that speech alone, chosen in the right-hand picker', () => {
    expect(parseUrlState('?b=5', COUNT)).toEqual({ state: { ...HOME, b: 5 }, problems: [] });
    expect(toSearch({ ...HOME, b: 5 })).toBe('?b=5');
  });

  it('reads and prints the collation with its subset and switches', () => {
    const search = '?collate=1&speeches=1,3,5&fold=1&twins=apart';
    const { state, problems } = parseUrlState(search, COUNT);
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...HOME, collate: true, speeches: [1, 3, 5], fold: true, apart: true });
    expect(toSearch(state)).toBe(search);
    expect(parseUrlState('?collate=1&speeches=5,1,5', COUNT).state.speeches).toEqual([1, 5]);
  });

  it.each([
    ['?collate=yes', 'bad-value'],
    ['?collate=1&speeches=1,x,3', 'not-a-number'],
    ['?collate=1&speeches=0,3,9', 'no-such-speech'],
    ['?collate=1&fold=0', 'bad-value'],
    ['?collate=1&twins=both', 'bad-value'],
  ])('reads the collation %s with a %s problem, keeping what is valid', (search, code) => {
    const { state, problems } = parseUrlState(search, COUNT);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(state.speeches.every((n) => n >= 1 && n <= COUNT)).toBe(true);
    expect(parseUrlState(toSearch(state), COUNT).problems).toEqual([]);
  });

  it('reads own texts on either side or both, a speech on the other', () => {
    expect(parseUrlState('?own=a,b', COUNT)).toEqual({
      state: { ...HOME, own: ['a', 'b'] },
      problems: [],
    });
    expect(parseUrlState('?b=2&own=a', COUNT).state).toEqual({ ...HOME, b: 2, own: ['a'] });
    expect(parseUrlState('?a=3&own=b', COUNT).state).toEqual({ ...HOME, a: 3, own: ['b'] });
    expect(toSearch({ ...HOME, b: 2, own: ['a'] })).toBe('?b=2&own=a');
    expect(toSearch({ ...HOME, own: ['a', 'b'] })).toBe('?own=a,b');
  });

  it('keeps an ignore list in one order, each option once', () => {
    expect(parseUrlState('?ignore=width,punct,width', COUNT).state.ignore).toEqual([
      'punct',
      'width',
    ]);
  });

  it.each([
    ['?a=x&b=2', 'not-a-number', { a: null, b: 2 }],
    ['?a=0&b=2', 'no-such-speech', { a: null, b: 2 }],
    // Regression: a=7 was reported as missing ("only b=1 given") though it was given, invalid.
    ['?a=7&b=1', 'no-such-speech', { a: null, b: 1 }],
    ['?a=1.5', 'not-a-number', { a: null, b: null }],
    ['?a=-1', 'not-a-number', { a: null, b: null }],
    ['?a=1&a=2', 'repeated', { a: 1, b: null }],
    ['?a=1&evil=<script>', 'unknown', { a: 1, b: null }],
    ['?lang=fr', 'bad-value', { a: null, b: null }],
    ['?a=1&b=2&g=letter', 'bad-value', { a: 1, b: 2 }],
    ['?a=1&b=2&ignore=punct,case', 'bad-value', { a: 1, b: 2 }],
    ['?a=1&b=2&view=3d&mute=yes', 'bad-value', { a: 1, b: 2 }],
    ['?a=99999999999999999999', 'not-a-number', { a: null, b: null }],
    ['?a=1&b=2&own=a', 'own-and-speech', { a: null, b: 2 }],
    ['?own=c', 'bad-value', { a: null, b: null }],
    ['?b=2&own=a&report=1', 'report-alone', { a: null, b: 2 }],
  ])('turns %s into a valid state and a %s problem', (search, code, ab) => {
    const { state, problems } = parseUrlState(search, COUNT);
    expect(problems.map((p) => p.code)).toContain(code);
    expect({ a: state.a, b: state.b }).toEqual(ab);
  });

  // Issue 22 §8: these were read silently.
  it('refuses a speech number with spaces round it, with a notice', () => {
    for (const search of ['?a=%201', '?a=1%20&b=2', '?b=+3']) {
      const { state, problems } = parseUrlState(search, COUNT);
      expect(problems.map((p) => p.code)).toEqual(['not-a-number']);
      expect(parseUrlState(toSearch(state), COUNT)).toEqual({ state, problems: [] });
    }
    expect(parseAddress('', '?a=%201', COUNT).state).toEqual(HOME);
  });

  it('names an empty own as empty, on a path too', () => {
    expect(parseAddress('1-2/', '?own=', COUNT)).toEqual({
      state: { ...HOME, a: 1, b: 2 },
      problems: [{ code: 'empty-value', param: 'own', value: '', count: 1 }],
    });
    expect(parseUrlState('?ignore=', COUNT).problems.map((p) => p.code)).toEqual(['empty-value']);
  });

  it('drops what a collation cannot show, naming each, and prints none of it', () => {
    const { state, problems } = parseUrlState('?collate=1&report=1&own=a&k=20', COUNT);
    expect(state).toEqual({ ...HOME, collate: true });
    expect(problems.map((p) => [p.code, p.param])).toEqual([
      ['not-with-collate', 'own'],
      ['not-with-collate', 'report'],
      ['not-with-collate', 'k'],
    ]);
    expect(toSearch(state)).toBe('?collate=1');
    const onPath = parseAddress('2-3/', '?collate=1&g=word', COUNT);
    expect(onPath.state).toEqual({ ...HOME, collate: true, g: 'word' });
    expect(onPath.problems.map((p) => p.param)).toEqual(['a', 'b']);
    expect(toAddress(onPath.state)).toBe('collate/?g=word');
    // A state that says both prints the collation alone.
    const both = { ...HOME, collate: true, a: 1, own: ['b' as const], report: true, k: 9 };
    expect(toSearch(both)).toBe('?collate=1');
    expect(toAddress({ ...both, b: 2 })).toBe('collate/');
  });

  // Issue 10 §5: notices were unbounded and named the wrong fault.
  it('groups a problem repeated 20,000 times into one, with its count', () => {
    const { state, problems } = parseUrlState(
      `?ignore=${Array(20_000).fill('x').join(',')}`,
      COUNT,
    );
    expect(state.ignore).toEqual([]);
    expect(problems).toEqual([
      {
        code: 'bad-value',
        param: 'ignore',
        value: 'x',
        allowed: IGNORES.join(', '),
        count: 20_000,
      },
    ]);
  });

  it('groups different bad values of one parameter, naming a few', () => {
    const { problems } = parseUrlState('?ignore=x,y,z,w,punct,x', COUNT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'bad-value', param: 'ignore', count: 5 });
    expect(problems[0]?.value).toBe('x, y, z, …');
  });

  it('names an empty value as empty', () => {
    expect(parseUrlState('?ignore=,,,', COUNT).problems).toEqual([
      { code: 'empty-value', param: 'ignore', value: '', count: 4 },
    ]);
    expect(parseUrlState('?a=1&b=2&lang=', COUNT).problems.map((p) => p.code)).toEqual([
      'empty-value',
    ]);
  });

  it('reads a kept collection by its id, and says a garbage id or what does not go with it', () => {
    expect(parseUrlState('?collection=c0abc12', COUNT)).toEqual({
      state: { ...HOME, collection: 'c0abc12' },
      problems: [],
    });
    const junk = parseUrlState('?collection=%3Cscript%3E', COUNT);
    expect(junk.state).toEqual(HOME);
    expect(junk.problems).toMatchObject([{ code: 'bad-value', param: 'collection' }]);
    // Own texts do not go with a collection's texts: dropped, and said.
    const mixed = parseUrlState('?collection=c0abc12&own=a&b=2', COUNT);
    expect(mixed.state).toEqual({ ...HOME, collection: 'c0abc12', b: 2 });
    expect(mixed.problems.map((p) => [p.code, p.param])).toEqual([['not-with-collection', 'own']]);
    expect(toSearch({ ...HOME, collection: 'c0abc12', own: ['a'] })).toBe('?collection=c0abc12');
  });

  it('reads a kept collection’s texts by number in its query, whatever the bundled count', () => {
    // Issue 24: every view on a collection. Its texts are counted once it is loaded (inCollection).
    const pair = parseUrlState('?collection=c0abc12&a=3&b=70', COUNT);
    expect(pair).toEqual({ state: { ...HOME, collection: 'c0abc12', a: 3, b: 70 }, problems: [] });
    expect(toAddress(pair.state)).toBe('?a=3&b=70&collection=c0abc12');
    const report = parseUrlState('?collection=c0abc12&a=9&report=1&k=20', COUNT);
    expect(report.state).toMatchObject({ a: 9, report: true, k: 20 });
    expect(toAddress(report.state)).toBe('?a=9&report=1&k=20&collection=c0abc12');
    const collated = parseUrlState('?collection=c0abc12&collate=1&speeches=2,40,7', COUNT);
    expect(collated.state).toMatchObject({ collate: true, speeches: [2, 7, 40] });
    // A path's pair is read in the collection too, and printed back into the query.
    expect(parseAddress('3-6/', '?collection=c0abc12', COUNT).state).toMatchObject({ a: 3, b: 6 });
    // Garbage still says so.
    const bad = parseUrlState('?collection=c0abc12&a=x&b=0', COUNT);
    expect(bad.state).toEqual({ ...HOME, collection: 'c0abc12' });
    expect(bad.problems.map((p) => [p.code, p.param])).toEqual([
      ['not-a-number', 'a'],
      ['no-such-speech', 'b'],
    ]);
  });

  it('keeps hostile text as plain, shortened text', () => {
    const hostile = `<img src=x onerror=alert(1)>${'x'.repeat(100)}`;
    const { problems } = parseUrlState(`?a=${encodeURIComponent(hostile)}`, COUNT);
    expect(problems[0]?.value.startsWith('<img src=x')).toBe(true);
    expect(Array.from(problems[0]?.value ?? '').length).toBeLessThanOrEqual(41);
  });

  /** One text alone, as the report needs it: one speech, or one own text and no speech. */
  const shownAlone = (s: Pick<UrlState, 'a' | 'b' | 'own'>) =>
    s.own.length === 0
      ? (s.a === null) !== (s.b === null)
      : s.own.length === 1 && s.a === null && s.b === null;

  const state: fc.Arbitrary<UrlState> = fc
    .record({
      ...queryFields(COUNT),
      own: fc.subarray([...SIDES]),
      collection: fc.option(fc.stringMatching(/^c[0-9a-z]{4,24}$/)),
    })
    .map((s) => {
      // A kept collection's texts are not own texts: none beside them.
      const own = s.collection === null ? s.own : [];
      const [a, b] = [own.includes('a') ? null : s.a, own.includes('b') ? null : s.b];
      const report = s.report && shownAlone({ ...s, own, a, b });
      // A collation shows every speech: no pair, own text or report beside it.
      if (s.collate) return { ...s, a: null, b: null, own: [], report: false, k: null };
      return { ...s, own, a, b, report };
    });

  it('reads back every state it prints, with no problem', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrlState(toSearch(s), COUNT)).toEqual({ state: s, problems: [] });
      }),
    );
  });

  it('maps any query string to a valid state that prints and reads back cleanly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (junk) => {
        const { state: s } = parseUrlState(junk, COUNT);
        // A kept collection's texts are counted once it is loaded.
        const count = s.collection === null ? COUNT : Number.MAX_SAFE_INTEGER;
        for (const n of [s.a, s.b]) {
          if (n !== null) expect(n >= 1 && n <= count && Number.isInteger(n)).toBe(true);
        }
        if (s.report) expect(shownAlone(s)).toBe(true);
        if (s.k !== null) expect(s.k >= K_MIN && s.k <= K_MAX).toBe(true);
        for (const n of s.speeches) expect(n >= 1 && n <= count && Number.isInteger(n)).toBe(true);
        if (s.own.includes('a')) expect(s.a).toBeNull();
        if (s.own.includes('b')) expect(s.b).toBeNull();
        if (s.collate)
          expect([s.a, s.b, s.own.length, s.report, s.k]).toEqual([null, null, 0, false, null]);
        expect(parseUrlState(toSearch(s), COUNT)).toEqual({ state: s, problems: [] });
      }),
    );
  });

  /** An address as toAddress prints it, cut into the route and the query. */
  const split = (address: string) => {
    const q = address.indexOf('?');
    return q < 0 ? [address, ''] : [address.slice(0, q), address.slice(q)];
  };
  const read = (address: string) => {
    const [route, search] = split(address);
    return parseAddress(route!, search!, COUNT);
  };

  it('prints a pair and a speech as paths, the rest as a query', () => {
    expect(toAddress({ ...HOME, a: 3, b: 6 })).toBe('3-6/');
    expect(toAddress({ ...HOME, a: 3 })).toBe('3/');
    expect(toAddress(HOME)).toBe('');
    // English under en/, so that a static host serves its own prerendered page; Chinese, the
    // first language, chosen in the query (no prefix is the browser's choice).
    expect(toAddress({ ...HOME, lang: 'en' })).toBe('en/');
    expect(toAddress({ ...HOME, a: 1, b: 2, g: 'word', lang: 'en' })).toBe('en/1-2/?g=word');
    expect(toAddress({ ...HOME, b: 5, lang: 'en' })).toBe('en/?b=5');
    expect(toAddress({ ...HOME, a: 3, lang: 'zh' })).toBe('3/?lang=zh');
    // No page of their own: a lone right-hand speech, a speech compared with itself.
    expect(toAddress({ ...HOME, b: 5 })).toBe('?b=5');
    expect(toAddress({ ...HOME, a: 4, b: 4 })).toBe('?a=4&b=4');
  });

  it('reads old links, paths with or without the slash or index.html, and paths with a query', () => {
    expect(read('?a=1&b=2')).toEqual({ state: { ...HOME, a: 1, b: 2 }, problems: [] });
    for (const route of ['1-2/', '1-2', '1-2/index.html'])
      expect(parseAddress(route, '', COUNT)).toEqual({
        state: { ...HOME, a: 1, b: 2 },
        problems: [],
      });
    expect(parseAddress('index.html', '', COUNT).state).toEqual(HOME);
    expect(parseAddress('3-6/', '?view=unified', COUNT).state).toEqual({
      ...HOME,
      a: 3,
      b: 6,
      view: 'unified',
    });
    // The query says what an old link meant, even on a page's path.
    expect(parseAddress('3-6/', '?a=2', COUNT).state).toEqual({ ...HOME, a: 2 });
  });

  it('reads the language of an en/ path, and old links with ?lang=en', () => {
    for (const route of ['en/1-2/', 'en/1-2', 'en/1-2/index.html'])
      expect(parseAddress(route, '', COUNT)).toEqual({
        state: { ...HOME, a: 1, b: 2, lang: 'en' },
        problems: [],
      });
    for (const route of ['en/', 'en', 'en/index.html'])
      expect(parseAddress(route, '', COUNT)).toEqual({
        state: { ...HOME, lang: 'en' },
        problems: [],
      });
    expect(parseAddress('en/', '?a=3&b=6&view=unified', COUNT).state).toEqual({
      ...HOME,
      a: 3,
      b: 6,
      view: 'unified',
      lang: 'en',
    });
    expect(read('?a=1&b=2&lang=en')).toEqual({
      state: { ...HOME, a: 1, b: 2, lang: 'en' },
      problems: [],
    });
    // A language named in the query wins over the path's, as the query's speeches do.
    expect(parseAddress('en/1-2/', '?lang=zh', COUNT).state).toEqual({
      ...HOME,
      a: 1,
      b: 2,
      lang: 'zh',
    });
    for (const route of ['fr/1-2/', 'en1-2/', 'en/en/'])
      expect(parseAddress(route, '', COUNT).problems.map((p) => p.code)).toEqual(['bad-path']);
  });

  it.each([
    ['7-1/', 'no-such-speech', { a: null, b: 1 }],
    ['0/', 'no-such-speech', { a: null, b: null }],
    ['compare/1-2/', 'bad-path', { a: null, b: null }],
    ['<script>/', 'bad-path', { a: null, b: null }],
  ])('turns the path %s into a valid state and a %s problem', (route, code, ab) => {
    const { state, problems } = parseAddress(route, '', COUNT);
    expect(problems.map((p) => p.code)).toContain(code);
    expect({ a: state.a, b: state.b }).toEqual(ab);
  });

  it('puts a speech’s 查重 report and the collation on paths of their own (issue 26)', () => {
    const cases: [string, string, UrlState][] = [
      ['3/report/', '', { ...HOME, a: 3, report: true }],
      ['3/report/', '?k=20', { ...HOME, a: 3, report: true, k: 20 }],
      ['en/3/report/', '?twins=apart', { ...HOME, a: 3, report: true, apart: true, lang: 'en' }],
      ['collate/', '', { ...HOME, collate: true }],
      [
        'collate/',
        '?speeches=1,2,3&fold=1',
        { ...HOME, collate: true, speeches: [1, 2, 3], fold: true },
      ],
      ['en/collate/', '', { ...HOME, collate: true, lang: 'en' }],
    ];
    for (const [route, search, state] of cases) {
      expect(parseAddress(route, search, COUNT)).toEqual({ state, problems: [] });
      expect(toAddress(state)).toBe(`${route}${search}`);
    }
    // Without the slash or with index.html, as a host may serve them.
    for (const route of ['3/report', '3/report/index.html'])
      expect(parseAddress(route, '', COUNT).state).toEqual({ ...HOME, a: 3, report: true });
    expect(parseAddress('collate', '', COUNT).state).toEqual({ ...HOME, collate: true });
    // A kept collection's report and collation stay in the query: they have no pages.
    const kept = { ...HOME, collection: 'c0abc12' };
    expect(toAddress({ ...kept, a: 3, report: true })).toBe('?a=3&report=1&collection=c0abc12');
    expect(toAddress({ ...kept, collate: true })).toBe('?collate=1&collection=c0abc12');
    // An own text's report too.
    expect(toAddress({ ...HOME, own: ['a'], report: true })).toBe('?own=a&report=1');
    // What a report's path cannot hold is said, as in the query.
    for (const route of ['1-2/report/', 'report/', '3/collate/', 'collate/3/'])
      expect(parseAddress(route, '', COUNT).problems.map((p) => p.code)).toEqual(['bad-path']);
    expect(parseAddress('3/report/', '?b=2', COUNT).state).toEqual({ ...HOME, b: 2, report: true });
    expect(parseAddress('collate/', '?a=1', COUNT).problems.map((p) => p.code)).toEqual([
      'not-with-collate',
    ]);
  });

  it('reads every old address of a report or the collation as its new one (issue 26)', () => {
    fc.assert(
      fc.property(state, fc.constantFrom('', 'en/'), (s, page) => {
        // The old form: the view in the query, on the overview's page (or its English one).
        const old = parseAddress(page, toSearch(s), COUNT);
        const now = toAddress(old.state);
        expect(read(now)).toEqual({ state: old.state, problems: [] });
        if (old.state.collection !== null) return;
        const [path, query = ''] = now.split('?');
        const en = old.state.lang === 'en' ? 'en/' : '';
        if (old.state.collate) expect(path).toBe(`${en}collate/`);
        else if (old.state.report && old.state.a !== null)
          expect(path).toBe(`${en}${old.state.a}/report/`);
        // Only an own text's or a lone right-hand speech's report has no page, and keeps its query.
        else if (!old.state.report) expect(query).not.toMatch(/(^|&)(collate|report)=/u);
      }),
    );
  });

  it('reads back every address it prints, with no problem', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(read(toAddress(s))).toEqual({ state: s, problems: [] });
      }),
    );
  });

  it('maps any path and query to a valid state whose address reads back cleanly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (route, junk) => {
        const { state: s } = parseAddress(route, junk, COUNT);
        const count = s.collection === null ? COUNT : Number.MAX_SAFE_INTEGER;
        for (const n of [s.a, s.b]) {
          if (n !== null) expect(n >= 1 && n <= count && Number.isInteger(n)).toBe(true);
        }
        expect(read(toAddress(s))).toEqual({ state: s, problems: [] });
      }),
    );
  });
});
