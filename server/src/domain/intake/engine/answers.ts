import { extractFacts } from '../analyze'
import type { SlotDefinition } from '../catalogue'
import { normalizeText } from '../normalize'
import { parseNumeral } from '../numerals'
import { normaliseMobile, splitMobile } from '../phone-numbers'
import { matchChoice } from './choice-match'
import { IntakeInputError } from './errors'
import type { PartyValue, SlotState, SlotValue } from './types'
import { choiceLabel, displayDate, displayDuration, formatYuan, moneyState } from './values'

const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
const ISO_DURATION = /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T\d+H)?$/
const ORG_HINT =
  /公司|厂|店|机构|学校|医院|物业|中心|合作社|委员会|村委会|居委会|集团|银行|诊所|卫生院|超市|商行|政府|项目部/
export const MAX_TEXT_ANSWER = 1000
const TRAILING_AMOUNT =
  /(?:是|为|有|了|共|欠|差|剩|还)\s*([\d.,零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)\s*(?:元|块钱?)?\s*(左右|多)?\s*(?:吧|的样子)?[。.!！]?$/

function fail(slot: SlotDefinition, message: string): never {
  throw new IntakeInputError('INTAKE_ANSWER_INVALID', message, slot.key)
}

function isPartyValue(v: unknown): v is PartyValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as PartyValue).name === 'string'
}

/** A structured value from a form control (keypad, date picker, party form, chips). */
export function parseStructured(slot: SlotDefinition, value: SlotValue, source: SlotState['source']): SlotState {
  switch (slot.kind) {
    case 'money':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e12)
        fail(slot, '金额需为不小于0的数字（单位：元）')
      return { status: 'filled', value: Math.round(value * 100) / 100, display: formatYuan(value), source }
    case 'date':
    case 'date_range': {
      const parts = typeof value === 'string' ? value.split('/') : []
      const ok =
        parts.length >= 1 && parts.length <= (slot.kind === 'date' ? 1 : 2) && parts.every((p) => ISO_PARTIAL.test(p))
      if (!ok)
        fail(
          slot,
          slot.kind === 'date'
            ? '日期格式应为 YYYY-MM-DD（可只到月份）'
            : '日期区间格式应为 开始/结束，如 2024-03/2024-06',
        )
      return { status: 'filled', value, display: displayDate(value as string), source }
    }
    case 'duration':
      if (typeof value !== 'string' || !ISO_DURATION.test(value)) fail(slot, '时长格式不正确，如 P2Y3M 表示两年三个月')
      return { status: 'filled', value, display: displayDuration(value), source }
    case 'party': {
      if (!isPartyValue(value) || value.name.trim().length < 1 || value.name.length > 100)
        fail(slot, '请填写对方的姓名或单位名称')
      const kind =
        value.kind === 'organisation' || value.kind === 'person'
          ? value.kind
          : ORG_HINT.test(value.name)
            ? 'organisation'
            : 'person'
      const name = value.name.trim()
      let phone: string | undefined
      if (value.phone !== undefined) {
        phone = normaliseMobile(value.phone) ?? undefined
        if (!phone) {
          throw new IntakeInputError('INTAKE_PHONE_INVALID', '请填写正确的11位手机号码', 'value.phone')
        }
      }
      return { status: 'filled', value: { name, kind, ...(phone ? { phone } : {}) }, display: name, source }
    }
    case 'choice':
      if (typeof value !== 'string' || !slot.choices?.some((c) => c.value === value)) fail(slot, '请从给出的选项中选择')
      return { status: 'filled', value, display: choiceLabel(slot, value), source }
    case 'text':
      if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT_ANSWER)
        fail(slot, `请输入1到${MAX_TEXT_ANSWER}个字`)
      return { status: 'filled', value: value.trim(), display: value.trim(), source }
    case 'evidence': {
      const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null
      if (
        !items ||
        items.length === 0 ||
        items.length > 50 ||
        items.some((i) => typeof i !== 'string' || i.length > 200)
      ) {
        fail(slot, '证据材料应为1到50项，每项不超过200个字')
      }
      return { status: 'filled', value: items, display: items.join('、'), source }
    }
  }
}

/** A free-text answer, read with the same extractors as the narrative. */
export function parseText(slot: SlotDefinition, raw: string, today: string, source: SlotState['source']): SlotState {
  const text = raw.trim()
  if (text === '') fail(slot, '回答不能为空')
  if (text.length > MAX_TEXT_ANSWER) fail(slot, `回答不能超过${MAX_TEXT_ANSWER}个字`)
  switch (slot.kind) {
    case 'money': {
      const facts = extractFacts(text, today)
      const amount = facts.amounts.find((a) => !a.rate) ?? facts.amounts[0]
      if (amount) return moneyState(amount, source)
      // A bare number answering "多少钱" is money: 8600, 3万5, 两千五.
      const bare =
        /^(?:是|为|共|一共|总共|合计|每个?月|一个月|每天|每年|大概|大约|约|差不多|\s)*([\d.,零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)\s*(?:元|块钱?)?\s*(左右|多)?\s*(?:吧|的样子)?[。.!！]?$/.exec(
          normalizeText(text),
        )
      // A number closing a sentence that names the fact (欠的是3万5, 一共欠了两万三) is the amount.
      const tail = bare ?? TRAILING_AMOUNT.exec(normalizeText(text))
      const value = tail ? parseNumeral(tail[1]) : null
      if (value === null || value <= 0) fail(slot, '没听懂金额，请直接输入数字，如“8600”或“3万5”')
      return moneyState({ value, approximate: Boolean(tail?.[2]) || /大概|大约|约|差不多/.test(text), text }, source)
    }
    case 'date':
    case 'date_range': {
      const dates = extractFacts(text, today).dates
      const date = slot.kind === 'date' ? dates.find((d) => !d.value.includes('/')) : dates[0]
      if (!date) fail(slot, '没听懂日期，请写成“2024年3月5日”或“去年9月”')
      // 6月以后就没再给过 answers "which period" with a period that is still running.
      const value =
        slot.kind === 'date_range' && date.label === 'arrears_start' && !date.value.includes('/')
          ? `${date.value}/${today}`
          : date.value
      return { status: 'filled', value, display: displayDate(value), text: date.text, source }
    }
    case 'duration': {
      const duration = extractFacts(text, today).durations[0]
      if (!duration) fail(slot, '没听懂时长，请写成“两年三个月”或“15天”')
      return {
        status: 'filled',
        value: duration.value,
        display: displayDuration(duration.value),
        text: duration.text,
        source,
      }
    }
    case 'party': {
      // 李四 13912345678: the other side's phone is needed to invite them.
      const withPhone = splitMobile(text)
      const nameText = withPhone?.rest || text
      const party = extractFacts(nameText, today).parties.find((p) => p.name !== '我')
      const name = party?.name ?? nameText.replace(/^(?:是|叫|对方是|对方叫)/, '').replace(/[。！!]$/, '')
      if (name.length > 100) fail(slot, '名称太长，请只写姓名或单位名称')
      const kind = party?.kind ?? (ORG_HINT.test(name) ? 'organisation' : 'person')
      const value = { name, kind, ...(withPhone ? { phone: withPhone.phone } : {}) }
      return { status: 'filled', value, display: name, text, source }
    }
    case 'choice': {
      const choices = slot.choices ?? []
      const match = matchChoice(choices, text)
      if (!match) fail(slot, `请从以下选项中选择：${choices.map((c) => c.label).join('、')}`)
      return { status: 'filled', value: match.value, display: match.label, text, source }
    }
    case 'text':
      return { status: 'filled', value: text, display: text, text, source }
    case 'evidence': {
      const items = text
        .split(/[，,、;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
      return parseStructured(slot, items, source)
    }
  }
}
