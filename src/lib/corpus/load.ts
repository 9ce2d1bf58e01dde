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
