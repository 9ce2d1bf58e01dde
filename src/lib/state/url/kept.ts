/**
 * A kept collection's address read against the collection once it is loaded: its texts' numbers
 * (a, b, the collated ones) are known to exist only then, as the bundled speeches' are at once.
 */
import { MAX_COLLATED } from '../../thresholds.ts';
import { grouped, problem } from './problems.ts';
import type { Problem, UrlState } from './types.ts';

/**
 * The state with every text number past the collection's `count` dropped, each said; a
 * collation of more than MAX_COLLATED texts (or of all, in a larger collection) keeps the first
 * MAX_COLLATED, and says so.
 */
export function inCollection(
  state: UrlState,
  count: number,
): { state: UrlState; problems: Problem[] } {
  const problems: Problem[] = [];
  const exists = (name: string, n: number | null): number | null => {
    if (n === null || n <= count) return n;
    problems.push(problem('no-such-speech', name, String(n)));
    return null;
  };
  const [a, b] = [exists('a', state.a), exists('b', state.b)];
  let speeches = state.speeches.filter((n) => exists('speeches', n) !== null);
  if (state.collate) {
    const chosen = speeches.length > 0 ? speeches : Array.from({ length: count }, (_, i) => i + 1);
    if (chosen.length > MAX_COLLATED) {
      problems.push(problem('too-many-collated', 'speeches', String(chosen.length)));
      speeches = chosen.slice(0, MAX_COLLATED);
    }
  }
  // A report is of one text: a side that does not exist leaves no text to report on.
  const report = state.report && (a === null) !== (b === null);
  return { state: { ...state, a, b, speeches, report }, problems: grouped(problems) };
}
