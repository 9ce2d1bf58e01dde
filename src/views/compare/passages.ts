type PassagesModule = typeof import('./PairPassages.svelte');
let loaded: PassagesModule | undefined;

/**
 * The shared passages of two mostly different speeches, a part of the comparison with code of its
 * own: at once when loaded (a prerendered page's are, before it hydrates: src/app/start.ts), else on
 * its way.
 */
export function pairPassages(): PassagesModule | Promise<PassagesModule> {
  return loaded ?? import('./PairPassages.svelte').then((m) => (loaded = m));
}
