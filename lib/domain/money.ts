// Money is held as integer 万元 (10^4 yuan) everywhere; 亿元 (10^8 yuan) is only a way of showing it.

/** 万元 → 亿元 with up to two decimals, computed on integers so that no float error reaches the page. */
export function wanToYiText(wan: number): string {
  if (!Number.isInteger(wan)) throw new RangeError(`amount in 万元 must be an integer: ${wan}`);
  const sign = wan < 0 ? '-' : '';
  const hundredths = Math.round(Math.abs(wan) / 100); // 1 亿 = 10,000 万, so 1/100 亿 = 100 万
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}
