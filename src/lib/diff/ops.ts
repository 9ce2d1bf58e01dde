/** Our own diff operations: nothing outside dmp.ts sees diff-match-patch's tuples. */
import { splitsCluster } from './clusters.ts';

export type OpKind = 'equal' | 'delete' | 'insert';

export interface Op {
  kind: OpKind;
  /** The op's text on side A (for an insert: on side B, its only side). */
  text: string;
  /**
   * Side B's text of an equal op, when it differs from side A's: with ignore options, `，` may
   * match `,` or nothing at all, yet each pane must show its own text. Absent means the same.
   */
  textB?: string;
}

/** Side B's text of an op, or '' when the op has none there. */
export const textOnB = (op: Op): string =>
  op.kind === 'delete' ? '' : op.kind === 'equal' ? (op.textB ?? op.text) : op.text;

/** Side A's text of an op, or '' when the op has none there. */
export const textOnA = (op: Op): string => (op.kind === 'insert' ? '' : op.text);

/** Side A of a diff: its equal and deleted text. */
export const sideA = (ops: readonly Op[]): string => ops.map(textOnA).join('');

/** Side B of a diff: its equal and inserted text. */
export const sideB = (ops: readonly Op[]): string => ops.map(textOnB).join('');

/** An equal op, with `textB` only when side B differs. */
const equalOp = (a: string, b: string = a): Op =>
  a === b ? { kind: 'equal', text: a } : { kind: 'equal', text: a, textB: b };

const commonEnds = (a: string, b: string): [number, number] => {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  const most = Math.min(a.length, b.length) - head;
  while (tail < most && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [head, tail];
};

/**
 * Equal ops for texts that match under ignore options: what reads the same at both ends (推动发展
 * of 推动发展。 and 推动发展！) apart from what differs (。 and ！), so that only the difference is
 * shown as one. Never cuts a character (clusters.ts): 𠮷 against 𠮾 shares a high surrogate, é
 * against è its e, and neither is split.
 */
export function equalOps(a: string, b: string): Op[] {
  if (a === b) return a === '' ? [] : [equalOp(a)];
  let [head, tail] = commonEnds(a, b);
  while (head > 0 && (splitsCluster(a, head) || splitsCluster(b, head))) head--;
  while (tail > 0 && (splitsCluster(a, a.length - tail) || splitsCluster(b, b.length - tail))) {
    tail--;
  }
  const ops = [
    equalOp(a.slice(0, head)),
    equalOp(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    equalOp(a.slice(a.length - tail)),
  ];
  return ops.filter((o) => o.text !== '' || o.textB);
}

/**
 * Joins neighbours of the same kind and drops empty ops. An equal op whose sides differ is kept
 * apart from one that reads the same, so the difference stays as small as it was.
 */
export function mergeOps(ops: readonly Op[]): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    if (op.text === '' && textOnB(op) === '') continue;
    const last = out.at(-1);
    const plain = (o: Op) => o.textB === undefined;
    if (last?.kind !== op.kind || (op.kind === 'equal' && plain(last) !== plain(op))) {
      out.push({ ...op });
    } else if (op.kind !== 'equal') last.text += op.text;
    else out[out.length - 1] = equalOp(last.text + op.text, textOnB(last) + textOnB(op));
  }
  return out;
}

/**
 * Readable markup of a diff, for tests: `同<del>旧</del><ins>新</ins>`; an equal op whose sides
 * differ prints as `{，|,}` (side A's text, then side B's).
 */
export function toMarkup(ops: readonly Op[]): string {
  return ops
    .map((o) =>
      o.kind === 'equal'
        ? o.textB === undefined
          ? o.text
          : `{${o.text}|${o.textB}}`
        : o.kind === 'delete'
          ? `<del>${o.text}</del>`
          : `<ins>${o.text}</ins>`,
    )
    .join('');
}
