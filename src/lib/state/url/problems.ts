/**
 * What reading a query finds wrong, as problems to show, and the readers of one parameter (a
 * choice, a switch, a list, a speech number) that report into them.
 */
import type { Problem, ProblemCode } from './types.ts';

const MAX_SHOWN = 40;
/** Different values named in one grouped problem; the count says how many there were. */
const MAX_VALUES = 3;

export const shorten = (value: string) =>
  value.length > MAX_SHOWN ? `${Array.from(value).slice(0, MAX_SHOWN).join('')}…` : value;

export function speechParam(
  params: URLSearchParams,
  name: 'a' | 'b',
  count: number,
  problems: Problem[],
): number | null {
  const raw = params.get(name);
  return raw === null ? null : speechNumber(name, raw, count, problems);
}

/** A speech number as written in the URL, or null and a problem. */
export function speechNumber(
  name: string,
  raw: string,
  count: number,
  problems: Problem[],
): number | null {
  // Digits only: ` 1` (a pasted space, or `+` in a query) is said, not quietly read as 1.
  if (!/^\d{1,9}$/u.test(raw)) {
    problems.push(problem('not-a-number', name, raw));
    return null;
  }
  const n = Number(raw);
  if (n < 1 || n > count) {
    problems.push(problem('no-such-speech', name, raw));
    return null;
  }
  return n;
}

/** A comma list of values, each known one once and in the order of `values`. */
export function list<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  problems: Problem[],
): T[] {
  const raw = params.get(name);
  // `own=` is as empty as `own=,`: said, not silently nothing.
  const items = raw === null ? [] : raw.split(',');
  for (const item of items) if (!oneOf(values, item)) problems.push(badValue(name, item, values));
  return values.filter((v) => items.includes(v));
}

export const problem = (code: ProblemCode, param: string, value: string): Problem => ({
  code,
  param,
  value: shorten(value),
  count: 1,
});

/**
 * One problem per kind and parameter: a URL with 20,000 bad values gives one notice that counts
 * them and names the first few, not 20,000.
 */
export function grouped(problems: readonly Problem[]): Problem[] {
  const byKey = new Map<string, { first: Problem; values: string[]; count: number }>();
  for (const p of problems) {
    const key = `${p.code}\u0000${p.param}`;
    const group = byKey.get(key);
    if (!group) byKey.set(key, { first: p, values: [p.value], count: p.count });
    else {
      group.count += p.count;
      if (!group.values.includes(p.value) && group.values.length <= MAX_VALUES)
        group.values.push(p.value);
    }
  }
  return [...byKey.values()].map(({ first, values, count }) => ({
    ...first,
    value:
      values.length > MAX_VALUES
        ? `${values.slice(0, MAX_VALUES).join(', ')}, …`
        : values.join(', '),
    count,
  }));
}

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** A value the parameter does not take; an empty one (ignore=,,) is named as empty. */
export const badValue = (param: string, value: string, allowed: readonly string[]): Problem =>
  value.trim() === ''
    ? problem('empty-value', param, value)
    : { ...problem('bad-value', param, value), allowed: allowed.join(', ') };

/** A switch that is on with one value and off when absent. */
export function flag(
  params: URLSearchParams,
  name: string,
  on: string,
  problems: Problem[],
): boolean {
  const raw = params.get(name);
  if (raw !== null && raw !== on) problems.push(badValue(name, raw, [on]));
  return raw === on;
}

export function choice<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  problems: Problem[],
): T | null {
  const raw = params.get(name);
  if (raw === null) return null;
  if (oneOf(values, raw)) return raw;
  problems.push(badValue(name, raw, values));
  return null;
}
