/**
 * Exact rational arithmetic on BigInt. Statutory formulas divide by 30, 365, 12 or 21.75, so decimal
 * floats would drift; every amount is kept as an exact fraction and rounded to the fen once, at the end.
 */
export class Exact {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(num: bigint, den = 1n): Exact {
    if (den === 0n) throw new RangeError('Division by zero')
    if (den < 0n) {
      num = -num
      den = -den
    }
    const divisor = gcd(num < 0n ? -num : num, den)
    return new Exact(num / divisor, den / divisor)
  }

  /** Reads a JS number through its shortest decimal representation, so 0.1 is exactly 1/10. */
  static from(value: number | Exact): Exact {
    if (value instanceof Exact) return value
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
    const [mantissa, exponentText] = value.toString().toLowerCase().split('e')
    const exponent = exponentText ? Number(exponentText) : 0
    const negative = mantissa.startsWith('-')
    const [whole, fraction = ''] = mantissa.replace('-', '').split('.')
    let num = BigInt(whole + fraction) * (negative ? -1n : 1n)
    let den = 10n ** BigInt(fraction.length)
    if (exponent > 0) num *= 10n ** BigInt(exponent)
    if (exponent < 0) den *= 10n ** BigInt(-exponent)
    return Exact.of(num, den)
  }

  add(other: number | Exact): Exact {
    const o = Exact.from(other)
    return Exact.of(this.num * o.den + o.num * this.den, this.den * o.den)
  }

  sub(other: number | Exact): Exact {
    const o = Exact.from(other)
    return Exact.of(this.num * o.den - o.num * this.den, this.den * o.den)
  }

  mul(other: number | Exact): Exact {
    const o = Exact.from(other)
    return Exact.of(this.num * o.num, this.den * o.den)
  }

  div(other: number | Exact): Exact {
    const o = Exact.from(other)
    return Exact.of(this.num * o.den, this.den * o.num)
  }

  compare(other: number | Exact): number {
    const o = Exact.from(other)
    const diff = this.num * o.den - o.num * this.den
    return diff === 0n ? 0 : diff > 0n ? 1 : -1
  }

  min(other: number | Exact): Exact {
    return this.compare(other) <= 0 ? this : Exact.from(other)
  }

  max(other: number | Exact): Exact {
    return this.compare(other) >= 0 ? this : Exact.from(other)
  }

  isZero(): boolean {
    return this.num === 0n
  }

  /** Rounds half away from zero (四舍五入) to whole fen. */
  toFen(): bigint {
    const scaled = this.num * 100n
    const negative = scaled < 0n
    const abs = negative ? -scaled : scaled
    const rounded = (abs * 2n + this.den) / (2n * this.den)
    return negative ? -rounded : rounded
  }

  /** Yuan rounded to the fen, as a JS number (exact for any realistic amount). */
  toYuan(): number {
    return Number(this.toFen()) / 100
  }

  /** True when the value has at most `decimals` decimal places. */
  hasAtMostDecimals(decimals: number): boolean {
    return (this.num * 10n ** BigInt(decimals)) % this.den === 0n
  }
}

export const exact = (value: number | Exact) => Exact.from(value)

export function sum(values: Exact[]): Exact {
  return values.reduce((acc, value) => acc.add(value), Exact.of(0n))
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b]
  return a === 0n ? 1n : a
}
