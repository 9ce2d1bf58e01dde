/**
 * The run length a check counts as copying, in characters (code points, punctuation included):
 * 13 by default, as CNKI's reports count 13 characters; the reader may choose 8 to 50. Apart from
 * the measure so that the URL code reads the range without loading it.
 */
export const K_DEFAULT = 13;
export const K_MIN = 8;
export const K_MAX = 50;
