import { findContextLabel, type LabelRule } from './context-label'
import { SpanMask } from './normalize'
import { isNumeralChar, parseNumeral } from './numerals'

export interface DurationFact {
  /** ISO 8601 duration: P2Y3M, P15D, PT8H. */
  value: string
  text: string
  approximate: boolean
  label?: string
  labelName?: string
  start: number
  end: number
}

const NUM = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)'
const UNIT = '(年|个多?月|个?星期|周|天|个?小时|个工作日)'
const COMPONENT = new RegExp(`^(?:${NUM}\\s*(余|多|来)?\\s*${UNIT}(半|多|余)?|半\\s*(年|个月|天|个?小时))`)
const AFTER_NOT_DURATION = /^(?:前|以前|之前|后|以后|之后|内|以内|之内)/

const DURATION_LABEL_RULES: readonly LabelRule[] = [
  { label: 'employment_length', name: '工作时长', pattern: /干了|工作了|上班|做了|打工|务工|入职|在职|工龄|任职|干活/ },
  { label: 'wage_arrears_period', name: '拖欠期间', pattern: /拖欠|欠了|欠薪|没发|未发|未付/ },
  { label: 'lease_term', name: '租期', pattern: /租期|租了|租赁期|租住|承租|合租/ },
  { label: 'hospital_stay', name: '住院时长', pattern: /住院|治疗|休养|卧床/ },
  { label: 'lost_work_period', name: '误工期', pattern: /误工|停工留薪|休息|养伤/ },
  { label: 'delay', name: '逾期时长', pattern: /逾期|延期|推迟|晚了|拖了|超期|延迟/ },
  { label: 'contract_term', name: '合同期限', pattern: /合同期|期限|为期|约定/ },
  { label: 'loan_term', name: '借款期限', pattern: /借期|借款期/ },
  { label: 'land_term', name: '承包/流转期限', pattern: /承包期|流转期|承包了|流转/ },
  { label: 'marriage_length', name: '婚姻时长', pattern: /结婚|婚后|夫妻/ },
]

function unitKey(unit: string): 'Y' | 'M' | 'W' | 'D' | 'H' {
  if (unit === '年') return 'Y'
  if (unit.includes('月')) return 'M'
  if (unit.includes('星期') || unit === '周') return 'W'
  if (unit.includes('小时')) return 'H'
  return 'D'
}

function toIso(parts: Record<string, number>): string {
  const date = ['Y', 'M', 'W', 'D'].filter((k) => parts[k]).map((k) => `${parts[k]}${k}`)
  const time = parts.H ? `T${parts.H}H` : ''
  return date.length || time ? `P${date.join('')}${time}` : 'P0D'
}

/** 干了两年三个月 → P2Y3M; 租期十余年 → P10Y (approximate); 一年半 → P1Y6M; 住院15天 → P15D */
export function extractDurations(text: string, mask: SpanMask = new SpanMask(text.length)): DurationFact[] {
  const facts: DurationFact[] = []
  let i = 0
  while (i < text.length) {
    if (
      mask.isTaken(i) ||
      !/[\d一二两三四五六七八九十百半]/.test(text[i]) ||
      isNumeralChar(text[i - 1] ?? '') ||
      text[i - 1] === '.'
    ) {
      i++
      continue
    }
    const parts: Record<string, number> = {}
    let approximate = false
    let j = i
    for (;;) {
      const m = COMPONENT.exec(text.slice(j, j + 16))
      if (!m) break
      let amount: number
      let unit: string
      if (m[5]) {
        amount = 0.5
        unit = m[5]
      } else {
        const parsed = parseNumeral(m[1])
        if (parsed === null) break
        amount = parsed
        unit = m[3]
        if (m[2] || m[4] === '多' || m[4] === '余' || unit.includes('多')) approximate = true
        if (m[4] === '半') amount += 0.5
      }
      const key = unitKey(unit)
      if (key === 'Y' && !Number.isInteger(amount)) {
        parts.M = (parts.M ?? 0) + Math.round((amount % 1) * 12)
        amount = Math.floor(amount)
      } else if (key === 'M' && !Number.isInteger(amount)) {
        parts.D = (parts.D ?? 0) + Math.round((amount % 1) * 30)
        amount = Math.floor(amount)
      }
      if (amount) parts[key] = (parts[key] ?? 0) + amount
      j += m[0].length
      if (text[j] === '零') j++
    }
    if (j === i || AFTER_NOT_DURATION.test(text.slice(j, j + 2)) || mask.overlaps({ start: i, end: j })) {
      i++
      continue
    }
    const found = findContextLabel(text, i, j, DURATION_LABEL_RULES, {
      before: 10,
      after: 4,
      afterGap: /^的?$/,
      crossCommas: false,
    })
    facts.push({
      value: toIso(parts),
      text: text.slice(i, j),
      approximate,
      start: i,
      end: j,
      ...(found ? { label: found.rule.label, labelName: found.rule.name } : {}),
    })
    mask.claim({ start: i, end: j })
    i = j
  }
  return facts
}
