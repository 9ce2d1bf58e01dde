/** Our own diff operations: nothing outside dmp.ts sees diff-match-patch's tuples. */
export type OpKind = 'equal' | 'delete' | 'insert';

export interface Op {
  kind: OpKind;
  text: string;
}

/** Side A of a diff: its equal and deleted text. */
export const sideA = (ops: readonly Op[]): string =>
  ops
    .filter((o) => o.kind !== 'insert')
    .map((o) => o.text)
    .join('');

/** Side B of a diff: its equal and inserted text. */
export const sideB = (ops: readonly Op[]): string =>
  ops
    .filter((o) => o.kind !== 'delete')
    .map((o) => o.text)
    .join('');

/** Joins neighbours of the same kind and drops empty ops. */
export function mergeOps(ops: readonly Op[]): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    if (op.text === '') continue;
    const last = out.at(-1);
    if (last && last.kind === op.kind) last.text += op.text;
    else out.push({ ...op });
  }
  return out;
}

/** Readable markup of a diff, for tests: `同<del>旧</del><ins>新</ins>`. */
export function toMarkup(ops: readonly Op[]): string {
  return ops
    .map((o) =>
      o.kind === 'equal'
        ? o.text
        : o.kind === 'delete'
          ? `<del>${o.text}</del>`
          : `<ins>${o.text}</ins>`,
    )
    .join('');
}
