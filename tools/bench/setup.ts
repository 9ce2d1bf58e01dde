// What the benches share: the build measured, where it is served, and how figures are printed.
import { join } from 'node:path';

/** BENCH_DIST measures another build (one made before a change, say), served under BASE_PATH. */
export const DIST = process.env.BENCH_DIST ?? join(import.meta.dirname, '../../dist');
export const BASE = process.env.BASE_PATH ?? '/';
/** Several people may bench on one machine: BENCH_PORT gives each a port. */
export const PORT = Number(process.env.BENCH_PORT ?? 4174);
export const median = (xs: number[]) =>
  [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * The browsers' language: Chinese, the first language of the collection and the interface. (A
 * browser that asks for no Chinese is sent from a Chinese page to its English twin; the bench
 * measures that once, apart.)
 */
export const LOCALE = 'zh-CN';
