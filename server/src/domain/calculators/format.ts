import { Exact, exact } from './exact'

/** Amount in yuan with two decimals, e.g. 7500.00 (for results). */
export function yuan(value: Exact | number): string {
  const fen = exact(value).toFen()
  const negative = fen < 0n
  const abs = negative ? -fen : fen
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
  return negative ? `-${text}` : text
}

/**
 * A figure inside a formula: shown exactly when it has at most four decimals (5000, 8472.5, 0.0385),
 * otherwise rounded to the fen and marked as approximate (≈166.67).
 */
export function figure(value: Exact | number): string {
  const q = exact(value)
  for (let decimals = 0; decimals <= 4; decimals++) {
    if (q.hasAtMostDecimals(decimals)) return fixed(q, decimals)
  }
  return `≈${fixed(q, 2)}`
}

/** A fraction shown as a percentage, e.g. 0.0001 → 0.01%. */
export function percent(value: Exact | number): string {
  return `${figure(exact(value).mul(100))}%`
}

function fixed(q: Exact, decimals: number): string {
  const scale = 10n ** BigInt(decimals)
  const scaled = q.mul(Exact.of(scale))
  const negative = scaled.compare(0) < 0
  const abs = negative ? scaled.mul(-1) : scaled
  const rounded = (abs.num * 2n + abs.den) / (2n * abs.den)
  const whole = (rounded / scale).toString()
  const fraction = decimals > 0 ? `.${(rounded % scale).toString().padStart(decimals, '0')}` : ''
  return `${negative ? '-' : ''}${whole}${fraction}`
}
