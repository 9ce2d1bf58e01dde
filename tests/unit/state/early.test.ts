import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlyAddress } from '../../../src/lib/state/early.ts';
import {
  HOME,
  parseAddress,
  toAddress,
  toSearch,
  type UrlState,
} from '../../../src/lib/state/url/index.ts';
import { queryFields } from '../../fixtures/url-states.ts';

const COUNT = 6;
/** Routes the build prerenders, of each kind, that old links reach. */
const PAGES = ['', '3/', '1-2/', '6-3/', 'en/', 'en/4/', 'en/4-5/'];
/** And the pages of a report and the collation (issue 26), which no old link reaches. */
const NEW_PAGES = ['3/report/', 'en/4/report/', 'collate/', 'en/collate/'];

/** An address cut into route and query, as the app reads it. */
const read = (address: string) => {
  const q = address.indexOf('?');
  return q < 0
    ? parseAddress(address, '', COUNT)
    : parseAddress(address.slice(0, q), address.slice(q), COUNT);
};

describe('early address (the entry, before the app loads)', () => {
  it.each([
    ['', '?a=1&b=2', '1-2/'],
    ['', '?a=3', '3/'],
    ['', '?a=1&b=2&lang=en', 'en/1-2/'],
    ['', '?lang=en', 'en/'],
    ['', '?a=1&b=2&view=unified&lang=zh', '1-2/?view=unified&lang=zh'],
    ['1-2/', '?lang=en', 'en/1-2/'],
    ['1-2/', '?a=4&b=5&g=word', '4-5/?g=word'],
    ['en/', '?a=1&b=2&ignore=punct,space', 'en/1-2/?ignore=punct,space'],
    ['en/1-2/', '?lang=zh', '1-2/?lang=zh'],
    ['en/3/', '?a=1&b=2&lang=en', 'en/1-2/'],
    // A speech's report and the collation have pages of their own (issue 26).
    ['', '?a=3&report=1', '3/report/'],
    ['3/', '?report=1&k=20', '3/report/?k=20'],
    ['3/', '?report=1&k=20&lang=en', 'en/3/report/?k=20'],
    ['en/3/', '?report=1&twins=apart', 'en/3/report/?twins=apart'],
    ['3/report/', '?lang=en&k=9', 'en/3/report/?k=9'],
    ['3/report/', '?a=4', '4/report/'],
    ['', '?collate=1', 'collate/'],
    ['', '?collate=1&speeches=1,2,3&fold=1', 'collate/?speeches=1,2,3&fold=1'],
    ['en/', '?collate=1&twins=apart', 'en/collate/?twins=apart'],
    ['collate/', '?lang=en', 'en/collate/'],
    ['en/collate/', '?lang=zh', 'collate/?lang=zh'],
  ])('sends %s%s to %s', (route, search, to) => {
    expect(earlyAddress(route, search, COUNT)).toBe(to);
  });

  it.each([
    // The page is already the view: the app applies the query.
    ['1-2/', ''],
    ['1-2/', '?view=unified'],
    ['', '?view=unified'],
    ['en/1-2/', '?lang=en'],
    // No page of its own, or not a plain case: the app reads it where it is.
    ['', '?b=3'],
    ['', '?a=4&b=4'],
    ['', '?a=7&b=1'],
    ['', '?a=01&b=2'],
    ['', '?a=1&a=2'],
    ['3/report/', '?k=20'],
    ['collate/', '?speeches=1,2'],
    ['', '?a=1&b=2&collate=1'],
    ['', '?collate=1&k=20'],
    ['', '?collate=yes'],
    ['', '?a=3&report=true'],
    ['', '?report=1'],
    ['', '?a=1&b=2&report=1'],
    ['3/report/', '?a=1&b=2'],
    ['', '?a=1&b=2&own=a'],
    ['', '?own=a&report=1'],
    ['', '?collate=1&collection=c0abc12'],
    ['', '?a=3&report=1&collection=c0abc12'],
    ['', '?a=1&b=2&lang=fr'],
    ['', '?a=1&b=2&zzz=1'],
    ['index.html', '?a=1&b=2'],
  ])('leaves %s%s where it is', (route, search) => {
    expect(earlyAddress(route, search, COUNT)).toBeNull();
  });

  /** Old links as the app used to print them: speeches and display settings in the query. */
  const old: fc.Arbitrary<UrlState> = fc.record(queryFields(COUNT)).map((s) => {
    // As the app printed them: a report of one speech, a collation of nothing else.
    const report = s.report && s.a !== null && s.b === null;
    if (s.collate) return { ...HOME, ...s, a: null, b: null, report: false, k: null };
    return { ...HOME, ...s, report };
  });

  it('sends every old link of a pair, from the root, to that pair’s own page', () => {
    for (let a = 1; a <= COUNT; a++)
      for (let b = 1; b <= COUNT; b++)
        if (a !== b) expect(earlyAddress('', `?a=${a}&b=${b}`, COUNT)).toBe(`${a}-${b}/`);
  });

  it('goes to the canonical address of the view the old link names, on any page', () => {
    fc.assert(
      fc.property(old, fc.constantFrom(...PAGES), (s, route) => {
        // The app linked to the collation from the overview's page only (a speech's page with
        // ?collate=1 names a speech the collation drops: the app reads it and says so).
        fc.pre(!s.collate || route === '' || route === 'en/');
        const search = toSearch(s);
        const meant = parseAddress(route, search, COUNT).state;
        const early = earlyAddress(route, search, COUNT);
        if (early === null) {
          // Only where the view has no page, or is this page.
          const canonical = toAddress(meant);
          const path = canonical.split('?')[0];
          const noPage =
            (meant.a === null && meant.b !== null) || (meant.a !== null && meant.a === meant.b);
          expect(path === route || noPage).toBe(true);
        } else {
          expect(early).toBe(toAddress(meant));
          expect(read(early)).toEqual({ state: meant, problems: [] });
        }
      }),
    );
  });

  /** Values that are near a field's (leading zeros, out of range, lists, escapes) or junk. */
  const junkValue = fc.oneof(
    fc.constantFrom('', '0', '01', '-1', '7', '99', '1,2', '2,1', '%', '%zz', '%31', '&', '='),
    fc.constantFrom('en', 'EN', 'fr', 'unified', 'split', 'word', 'punct', 'yes', 'true', 'apart'),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const KEYS = ['a', 'b', 'lang', 'g', 'ignore', 'view', 'mute', 'report', 'k', 'collate'];
  const anyKey = fc.constantFrom(
    ...KEYS,
    'speeches',
    'fold',
    'twins',
    'own',
    'collection',
    'A',
    'zzz',
  );
  /** One change to a query's fields: one dropped, said twice, given a junk value, added, or junk typed in. */
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('twice' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('value' as const), at: fc.nat(), text: junkValue }),
    fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: anyKey, text: junkValue }),
    fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: junkValue }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const mutate = (search: string, m: Mutation): string => {
    const fields = search.replace(/^\?/u, '').split('&').filter(Boolean);
    const i = fields.length === 0 ? 0 : m.at % fields.length;
    if (m.kind === 'drop') fields.splice(i, 1);
    else if (m.kind === 'twice' && fields[i] !== undefined) fields.splice(i, 0, fields[i]);
    else if (m.kind === 'value' && fields[i] !== undefined)
      fields[i] = `${fields[i].split('=')[0]}=${m.text}`;
    else if (m.kind === 'add') fields.splice(i, 0, `${m.key}=${m.text}`);
    else if (m.kind === 'type') {
      const joined = fields.join('&');
      const at = m.at % (joined.length + 1);
      return `?${joined.slice(0, at)}${m.text}${joined.slice(at)}`;
    }
    return fields.length === 0 ? '' : `?${fields.join('&')}`;
  };
  /** Queries near the ones the app prints: an old link's fields, a few of them changed. */
  const query = fc
    .tuple(old, fc.array(mutation, { maxLength: 2 }))
    .map(([s, ms]) => ms.reduce(mutate, toSearch(s)));

  it('never goes anywhere the app would read differently, for any query', () => {
    let runs = 0;
    let sent = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PAGES, ...NEW_PAGES), query, (route, search) => {
        runs++;
        const early = earlyAddress(route, search, COUNT);
        if (early === null) return;
        sent++;
        expect(read(early).state).toEqual(parseAddress(route, search, COUNT).state);
      }),
      { numRuns: 400 },
    );
    // Queries of mere junk (any string) were never sent on, 0 in 10,000: nothing was checked. Of
    // these about a fifth are (74 to 89 in 400, 2026-12-08); a tenth is asked.
    expect(sent).toBeGreaterThan(runs / 10);
  });
});
