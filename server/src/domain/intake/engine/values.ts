import type { AmountFact } from '../amounts'
import type { SlotDefinition } from '../catalogue'
import type { PartyValue, SlotState } from './types'

/** 35000 → 35,000元 (3.5万元) — residents think in 万, mediators in exact yuan. */
export function formatYuan(value: number, approximate = false): string {
  // Hand-rolled grouping: toLocaleString goes through ICU and dominated the analyze profile.
  const [int, frac] = (Math.round(value * 100) / 100).toString().split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const exact = `${grouped}${frac ? `.${frac}` : ''}元`
  const wan = value >= 10000 ? `（${Number((value / 10000).toFixed(4))}万元）` : ''
  return `${approximate ? '约' : ''}${exact}${wan}`
}

export function moneyState(
  amount: Pick<AmountFact, 'value' | 'approximate' | 'text'>,
  source: SlotState['source'],
): SlotState {
  return {
    status: 'filled',
    value: amount.value,
    display: formatYuan(amount.value, amount.approximate),
    text: amount.text,
    approximate: amount.approximate,
    source,
  }
}

export function partyDisplay(p: PartyValue): string {
  return p.name
}

export function choiceLabel(slot: SlotDefinition, value: string): string {
  return slot.choices?.find((c) => c.value === value)?.label ?? value
}

export function displayDate(iso: string): string {
  return iso
    .split('/')
    .map((part) => {
      const [y, m, d] = part.split('-')
      return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`
    })
    .join('至')
}

const DURATION_UNITS: Record<string, string> = { Y: '年', M: '个月', W: '周', D: '天', H: '小时' }

export function displayDuration(iso: string): string {
  let out = ''
  for (const m of iso.matchAll(/(\d+(?:\.\d+)?)([YMWDH])/g)) out += `${m[1]}${DURATION_UNITS[m[2]]}`
  return out || iso
}
