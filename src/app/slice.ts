/**
 * Work done ahead (in idle time, or before a prerendered page hydrates) runs in slices of about
 * this long, one piece at least: on a phone (a CPU four times slower) the whole of an idle period
 * (50 ms) made tasks that blocked a tap (issue 26); a piece takes a few milliseconds on a desktop.
 */
export const SLICE_MS = 8;
