import { CATALOGUE, isDisputeTypeCode } from '../../intake/catalogue'
import { parseNumeral } from '../../intake/numerals'

/** One intake slot as `case-submission.ts` stores it in `cases.facts.slots`; read defensively. */
export interface StoredSlot {
  status?: string
  value?: unknown
  display?: string
  text?: string
  approximate?: boolean
}

/** Labels of optional inputs some intakes carry beyond the catalogue's own slots (older or newer versions). */
const EXTRA_LABELS: Record<string, string> = {
  lost_work_days: '误工天数',
  monthly_income: '月收入',
  hospital_days: '住院天数',
  nursing_days: '护理天数',
  nursing_daily_rate: '护理日标准',
  nutrition_days: '营养天数',
  nutrition_daily_rate: '营养费日标准',
  victim_age: '受害人年龄',
  age: '年龄',
  stoppage_months: '停工留薪期',
  disability_grade: '伤残等级',
}

/**
 * Reads the resident's intake answers for the opinion and keeps the record the letter must show: which
 * statements were used, which assumptions were made and which facts are still missing.
 */
export class SlotReader {
  readonly used: string[] = []
  readonly assumptions: string[] = []
  readonly missing: string[] = []
  private readonly labels: Record<string, string>
  private readonly choiceLabels: Record<string, string>

  constructor(
    disputeType: string,
    private readonly slots: Record<string, StoredSlot>,
  ) {
    const catalogue = isDisputeTypeCode(disputeType) ? CATALOGUE[disputeType].slots : []
    this.labels = { ...EXTRA_LABELS, ...Object.fromEntries(catalogue.map((s) => [s.key, s.label])) }
    this.choiceLabels = Object.fromEntries(
      catalogue.flatMap((s) => (s.choices ?? []).map((c) => [`${s.key}|${c.value}`, c.label])),
    )
  }

  label(key: string): string {
    return this.labels[key] ?? key
  }

  filled(key: string): StoredSlot | undefined {
    const slot = this.slots[key]
    return slot?.status === 'filled' && slot.value !== undefined && slot.value !== null ? slot : undefined
  }

  /** Every filled slot as `label：display`, in catalogue order first. */
  statements(skip: readonly string[]): string[] {
    return Object.keys(this.slots)
      .filter((key) => !skip.includes(key) && this.filled(key))
      .map((key) => {
        const slot = this.filled(key)!
        const choice = typeof slot.value === 'string' ? this.choiceLabels[`${key}|${slot.value}`] : undefined
        return `${this.label(key)}：${slot.display ?? choice ?? display(slot)}`
      })
  }

  /** Records that `key` is needed for `purpose` and was not given. */
  need(key: string, purpose: string): undefined {
    const entry = `${this.label(key)}（${purpose}）`
    if (!this.missing.includes(entry)) this.missing.push(entry)
    return undefined
  }

  assume(text: string): void {
    if (!this.assumptions.includes(text)) this.assumptions.push(text)
  }

  private use(key: string, shown: string, approximate?: boolean): void {
    const entry = `${this.label(key)}：${shown}`
    if (!this.used.includes(entry)) this.used.push(entry)
    this.assume(`按申请人陈述的${this.label(key)}${approximate ? '约' : ''}${shown}计算`)
  }

  money(key: string): number | undefined {
    const slot = this.filled(key)
    if (typeof slot?.value !== 'number' || !Number.isFinite(slot.value) || slot.value <= 0) return undefined
    this.use(key, `${slot.value}元`, slot.approximate)
    return slot.value
  }

  choice(key: string): string | undefined {
    const value = this.filled(key)?.value
    return typeof value === 'string' ? value : undefined
  }

  text(key: string): string | undefined {
    const value = this.filled(key)?.value
    return typeof value === 'string' && value.trim() ? value.trim() : undefined
  }

  /**
   * A calendar date (YYYY-MM-DD). A date given only to the month or year is read as the first day (`start`) or
   * the last day (`end`) of that period, and the assumption is stated.
   */
  date(key: string, end: 'start' | 'end'): string | undefined {
    const raw = this.filled(key)?.value
    if (typeof raw !== 'string') return undefined
    const parts = raw.split('/')
    const part = (end === 'start' ? parts[0] : parts[parts.length - 1]).trim()
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part)
    if (!match) return undefined
    const [, y, m, d] = match
    const shown = `${Number(y)}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`
    if (d) {
      this.use(key, shown)
      return part
    }
    const month = m ?? (end === 'start' ? '01' : '12')
    const day = end === 'start' ? 1 : new Date(Date.UTC(Number(y), Number(month), 0)).getUTCDate()
    const iso = `${y}-${month}-${String(day).padStart(2, '0')}`
    const used = `${shown}（陈述未具体到日，按${end === 'start' ? '当期首日' : '当期末日'}${iso}计算）`
    this.use(key, used)
    return iso
  }

  /** A count of days from a duration (P15D, P2M) or a number in the answer; months count 30 days (stated). */
  days(key: string): number | undefined {
    const slot = this.filled(key)
    if (!slot) return undefined
    if (typeof slot.value === 'number' && Number.isInteger(slot.value) && slot.value >= 0) {
      this.use(key, `${slot.value}天`)
      return slot.value
    }
    if (typeof slot.value !== 'string') return undefined
    const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(slot.value)
    if (iso) {
      const [y, m, w, d] = iso.slice(1).map((v) => Number(v ?? 0))
      const total = y * 365 + m * 30 + w * 7 + d
      if (y || m) this.assume(`${this.label(key)}中的月、年按每月30天、每年365天折算`)
      this.use(key, `${total}天`)
      return total
    }
    const count = countIn(slot.value)
    if (count === undefined) return undefined
    this.use(key, `${count}天`)
    return count
  }

  /** A plain count (lessons, age) written in digits or Chinese numerals within a text answer. */
  count(key: string, unit: string): number | undefined {
    const slot = this.filled(key)
    const value =
      typeof slot?.value === 'number' ? slot.value : typeof slot?.value === 'string' ? countIn(slot.value) : undefined
    if (value === undefined || value < 0) return undefined
    this.use(key, `${value}${unit}`)
    return value
  }
}

export function display(slot: StoredSlot): string {
  if (slot.display) return slot.display
  const value = slot.value
  if (Array.isArray(value)) return value.join('、')
  if (value && typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name)
  return String(value)
}

/** The first number in a short answer: 48节, 四十八课时, 已上12次. */
export function countIn(text: string): number | undefined {
  const match =
    /(\d+(?:\.\d+)?)/.exec(text) ??
    /([零〇一二两三四五六七八九十百千万]+)\s*(?:节|课|次|堂|个|岁|周岁|天|日)/.exec(text)
  if (!match) return undefined
  const value = parseNumeral(match[1])
  return value === null ? undefined : value
}
