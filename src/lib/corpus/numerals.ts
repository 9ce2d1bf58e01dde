const DIGITS = '零一二三四五六七八九';

/** Reads a Chinese numeral from 一 to 九十九 (十, 十一, 二十, 二十三 …); null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (!m || text === '') return null;
  const [, tens = '', ten = '', units = ''] = m;
  if (!ten) return tens && !units ? DIGITS.indexOf(tens) : null;
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (units ? DIGITS.indexOf(units) : 0);
}

/** The inverse of parseChineseNumeral, for 1 to 99. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unitText = units ? (DIGITS[units] ?? '') : '';
  if (tens === 0) return unitText;
  return (tens === 1 ? '' : (DIGITS[tens] ?? '')) + '十' + unitText;
}
