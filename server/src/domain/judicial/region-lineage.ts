/**
 * Ancestors implied by a Chinese administrative-division code itself: 12-digit community → 9-digit street →
 * 6-digit county → city (4 digits + 00) → province (2 digits + 0000). Used alongside the regions table so a
 * domicile outside the seeded regions still finds the court whose service area lists its county.
 */
export function codeAncestors(code: string): string[] {
  const out = [code]
  if (code.length === 12) out.push(code.slice(0, 9))
  if (code.length >= 9) out.push(code.slice(0, 6))
  if (code.length >= 6) out.push(`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`)
  return [...new Set(out)]
}
