/** Why the corpus did not load, in terms a reader can act on. */
export type LoadReason = 'offline' | 'status' | 'json' | 'shape' | 'other';

/** A failed load: the reason for the reader, the technical detail for whoever fixes it. */
export class LoadError extends Error {
  constructor(
    readonly reason: LoadReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/**
 * The file a failed dynamic import names ("Failed to fetch dynamically imported module:
 * https://…/assets/OverviewView-Ab12.js"), so that the reader is told what did not load rather
 * than told to check a network that may be fine (a dev server's outdated dependency, a site
 * updated under an open page). Null when the detail names no file.
 */
export function failedPart(detail: string): string | null {
  const url =
    /\b(?:https?:\/\/|\/)[^\s'"]*?([^/\s'"?#]+\.(?:js|mjs|ts|svelte|css))(?:[?#][^\s'"]*)?/u.exec(
      detail,
    );
  return url?.[1] ?? null;
}
