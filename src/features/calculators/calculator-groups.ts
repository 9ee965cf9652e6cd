import type { CalculatorDescriptor } from '@contract/calculators'

export interface CalculatorGroup {
  title: string
  items: CalculatorDescriptor[]
}

/** How residents think of their dispute, not how the law is organised. */
const GROUPS: { title: string; kinds: string[] }[] = [
  {
    title: '劳动/工伤',
    kinds: [
      'economic-compensation',
      'illegal-termination',
      'notice-pay',
      'double-wages',
      'work-injury-disability-subsidy',
      'work-injury-stoppage-wages',
    ],
  },
  {
    title: '人身损害',
    kinds: [
      'lost-income',
      'nursing',
      'hospital-meal',
      'nutrition',
      'disability-compensation',
      'death-compensation',
      'funeral',
    ],
  },
  { title: '房屋', kinds: ['late-delivery-penalty'] },
  { title: '借贷', kinds: ['loan-interest'] },
]

const OTHER_TITLE = '其他'

/** Groups the server's list; a kind this version does not know yet still shows, under 其他. */
export function groupCalculators(items: CalculatorDescriptor[]): CalculatorGroup[] {
  const byKind = new Map(items.map((item) => [item.kind as string, item]))
  const placed = new Set<string>()
  const groups: CalculatorGroup[] = GROUPS.map((group) => ({
    title: group.title,
    items: group.kinds.flatMap((kind) => {
      const item = byKind.get(kind)
      if (!item) return []
      placed.add(kind)
      return [item]
    }),
  }))
  groups.push({ title: OTHER_TITLE, items: items.filter((item) => !placed.has(item.kind)) })
  return groups.filter((group) => group.items.length > 0)
}
