/**
 * The views that load apart from the first paint, each fetched once. A shared link to a
 * comparison paints its changes first; a view that waits for the reuse analysis loads beside it.
 */
const loaders = {
  overview: () => import('./components/Overview.svelte'),
  speech: () => import('./components/SpeechView.svelte'),
  check: () => import('./components/CheckSpeech.svelte'),
  collate: () => import('./components/Collation.svelte'),
  own: () => import('./components/OwnPage.svelte'),
};
type Name = keyof typeof loaders;

const loaded = new Map<Name, Promise<unknown>>();
/** The views already here: a prerendered page hydrates with its view in place, not a promise. */
const ready = new Map<Name, unknown>();

export function loadPage<N extends Name>(name: N): ReturnType<(typeof loaders)[N]> {
  let promise = loaded.get(name);
  if (!promise) {
    promise = loaders[name]();
    promise.then(
      (module) => ready.set(name, module),
      () => {},
    );
    // A failed load may be retried (the {#await} that asked for it shows the failure).
    promise.catch(() => loaded.delete(name));
    loaded.set(name, promise);
  }
  return promise as ReturnType<(typeof loaders)[N]>;
}

/** A view, at once when it has loaded (an {#await} then renders it without a pending state). */
export function page<N extends Name>(
  name: N,
): Awaited<ReturnType<(typeof loaders)[N]>> | ReturnType<(typeof loaders)[N]> {
  return (
    (ready.get(name) as Awaited<ReturnType<(typeof loaders)[N]>> | undefined) ?? loadPage(name)
  );
}
