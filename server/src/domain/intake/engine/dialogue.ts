import { analyzeNarrative, extractFacts } from '../analyze'
import { CATALOGUE, CATALOGUE_VERSION, DISPUTE_TYPE_CODES, isDisputeTypeCode, type SlotDefinition } from '../catalogue'
import { assessRisk } from '../risk'
import { parseStructured, parseText } from './answers'
import { IntakeInputError } from './errors'
import { prefillSlots, slotApplies } from './prefill'
import { TYPE_SLOT, type AnswerInput, type IntakeState, type Progress, type Question, type SlotState } from './types'

/** Below this confidence the resident confirms the type before any other question. */
export const CONFIRM_TYPE_BELOW = 0.5

const CORRECTION_PREFIX = /^\s*(?:不对|不是|错了|说错了|更正|纠正|改一下|应该是|改成|改为|其实是)[，,。:：\s]*/
const SKIP_WORDS = /^\s*(?:跳过|先跳过|下一个|不想说|暂不回答|没有了?|无)\s*[。！!]?\s*$/
const UNKNOWN_WORDS = /^\s*(?:不知道|不清楚|不确定|忘了|记不清了?|不记得了?|说不准)\s*[。！!]?\s*$/
/**
 * Connectors left between the named fact and the new value: 不对，是3万 / 欠的是3万5 / 欠我的应该是2万 → the value.
 * The fact's own words are removed first, so what remains is pronouns, 的 and a copula.
 */
const CORRECTION_FILLER =
  /^(?:我|我们|你|他|她|他们)?(?:的)?(?:钱|款|数|数目|金额)?\s*(?:应该是|应当是|应该有|应为|其实是|实际是|实际上是|是|为|有|了)\s*/

function slotsOf(state: IntakeState): readonly SlotDefinition[] {
  return CATALOGUE[state.disputeType].slots
}

function findSlot(state: IntakeState, key: string): SlotDefinition {
  const slot = slotsOf(state).find((s) => s.key === key)
  if (!slot) throw new IntakeInputError('INTAKE_SLOT_UNKNOWN', '该问题不存在', 'slot')
  return slot
}

/** The first applicable question with no answer yet; null when the intake is complete. */
export function nextSlot(state: IntakeState): string | null {
  if (!state.typeConfirmed) return TYPE_SLOT
  for (const slot of slotsOf(state)) {
    if (!slotApplies(slot, state.slots)) continue
    if (!state.slots[slot.key]) return slot.key
  }
  return null
}

/** Drops answers to follow-ups whose parent answer changed (已认定工伤 → 否 removes 认定时间). */
function pruneFollowUps(state: IntakeState): void {
  for (const slot of slotsOf(state)) {
    if (state.slots[slot.key] && !slotApplies(slot, state.slots)) delete state.slots[slot.key]
  }
}

function advance(state: IntakeState): IntakeState {
  pruneFollowUps(state)
  state.current = nextSlot(state)
  return state
}

export function createIntake(narrative: string, today: string): IntakeState {
  const analysis = analyzeNarrative(narrative, today)
  const type = analysis.disputeType
  const candidates = [{ disputeType: type, confidence: analysis.confidence }, ...analysis.alternatives]
  const state: IntakeState = {
    catalogueVersion: CATALOGUE_VERSION,
    typeVersion: CATALOGUE[type].version,
    disputeType: type,
    typeConfirmed: analysis.confidence >= CONFIRM_TYPE_BELOW && type !== 'other',
    candidates,
    narrative,
    today,
    slots: prefillSlots(type, analysis.facts, narrative, {}, today),
    history: [],
    current: null,
    risk: analysis.risk,
  }
  return advance(state)
}

export function currentQuestion(state: IntakeState): Question | null {
  if (state.current === null) return null
  if (state.current === TYPE_SLOT) {
    const codes = [...new Set([...state.candidates.map((c) => c.disputeType), ...DISPUTE_TYPE_CODES])]
    return {
      slot: TYPE_SLOT,
      kind: 'dispute_type',
      label: '纠纷类型',
      text:
        state.disputeType === 'other'
          ? '您遇到的是哪一类纠纷？请选择最接近的一项。'
          : `听起来像是“${CATALOGUE[state.disputeType].name}”纠纷，对吗？如果不对，请选择最接近的一项。`,
      required: true,
      choices: codes.map((code) => ({ value: code, label: CATALOGUE[code].name })),
    }
  }
  const slot = findSlot(state, state.current)
  return {
    slot: slot.key,
    kind: slot.kind,
    label: slot.label,
    text: slot.question,
    ...(slot.hint ? { hint: slot.hint } : {}),
    required: slot.required,
    ...(slot.choices ? { choices: slot.choices.map(({ value, label }) => ({ value, label })) } : {}),
  }
}

export function progress(state: IntakeState): Progress {
  const applicable = slotsOf(state).filter((s) => slotApplies(s, state.slots))
  return { answered: applicable.filter((s) => state.slots[s.key]).length, total: applicable.length }
}

/** Switches the dispute type, keeping answers to slots the new type shares (对方、地点、诉求、证据). */
export function setDisputeType(state: IntakeState, code: string): IntakeState {
  if (!isDisputeTypeCode(code)) throw new IntakeInputError('INTAKE_TYPE_INVALID', '请选择列表中的纠纷类型', 'value')
  const keep: Record<string, SlotState> = {}
  const newKeys = new Set(CATALOGUE[code].slots.map((s) => s.key))
  for (const [key, value] of Object.entries(state.slots))
    if (newKeys.has(key) && value.source !== 'narrative') keep[key] = value
  const facts = extractFacts(state.narrative, state.today)
  state.disputeType = code
  state.typeVersion = CATALOGUE[code].version
  state.typeConfirmed = true
  state.slots = prefillSlots(code, facts, state.narrative, keep, state.today)
  state.history = state.history.filter((k) => k === TYPE_SLOT || newKeys.has(k))
  if (!state.history.includes(TYPE_SLOT)) state.history.push(TYPE_SLOT)
  return advance(state)
}

function answerType(state: IntakeState, input: AnswerInput): IntakeState {
  if (typeof input.value === 'string') return setDisputeType(state, input.value)
  const text = (input.text ?? '').trim()
  if (/^(?:对|是|是的|对的|没错|嗯|好)/.test(text)) return setDisputeType(state, state.disputeType)
  const byName = DISPUTE_TYPE_CODES.find((c) => text.includes(CATALOGUE[c].name) || c === text)
  if (!byName) throw new IntakeInputError('INTAKE_TYPE_INVALID', '请选择列表中的纠纷类型', 'text')
  return setDisputeType(state, byName)
}

/** Fills other empty slots from a free-text answer: residents often say more than was asked. */
function absorbExtraFacts(state: IntakeState, text: string): void {
  const facts = extractFacts(text, state.today)
  const filled = prefillSlots(state.disputeType, facts, text, state.slots, state.today)
  for (const [key, value] of Object.entries(filled)) {
    if (!state.slots[key]) state.slots[key] = { ...value, source: 'answer' }
  }
  const risk = assessRisk(`${state.narrative}\n${text}`)
  if (risk.level !== 'none') state.risk = mergeRisk(state.risk, risk)
}

function mergeRisk(a: IntakeState['risk'], b: IntakeState['risk']): IntakeState['risk'] {
  const reasons = [...a.reasons]
  for (const r of b.reasons) if (!reasons.some((x) => x.code === r.code)) reasons.push(r)
  const level = reasons.some((r) => r.level === 'urgent') ? 'urgent' : reasons.length ? 'attention' : 'none'
  return { level, reasons }
}

function record(state: IntakeState, key: string): void {
  state.history = state.history.filter((k) => k !== key)
  state.history.push(key)
}

/**
 * Applies an answer to the current question (or to `input.slot` when editing from the summary).
 * Free text that starts with 不对/错了 is a correction; 跳过/不知道 skip the question.
 */
export function answer(state: IntakeState, input: AnswerInput): IntakeState {
  const target = input.slot ?? state.current
  if (target === null) throw new IntakeInputError('INTAKE_COMPLETE', '所有问题都已回答，可以提交了', 'slot')
  if (target === TYPE_SLOT) return answerType(state, input)
  if (input.value === undefined && input.text === undefined) {
    throw new IntakeInputError('INTAKE_ANSWER_EMPTY', '请输入回答或选择一个选项', 'text')
  }
  if (input.text !== undefined && input.value === undefined) {
    if (CORRECTION_PREFIX.test(input.text) && !input.slot) return correct(state, input.text)
    if (SKIP_WORDS.test(input.text)) return skip(state, 'skipped', input.slot)
    if (UNKNOWN_WORDS.test(input.text)) return skip(state, 'unknown', input.slot)
  }
  const slot = findSlot(state, target)
  if (!slotApplies(slot, state.slots))
    throw new IntakeInputError('INTAKE_SLOT_NOT_APPLICABLE', '这个问题目前不需要回答', 'slot')
  const source = input.slot ? 'edit' : 'answer'
  state.slots[slot.key] =
    input.value !== undefined
      ? parseStructured(slot, input.value, source)
      : parseText(slot, input.text as string, state.today, source)
  record(state, slot.key)
  if (input.text !== undefined && slot.kind !== 'text') absorbExtraFacts(state, input.text)
  return advance(state)
}

/**
 * Which slot a correction means: one it names (工资不对 → the wage slot whose words match best and whose kind
 * fits the new value), else the latest answered slot of a kind the value fits.
 */
function correctionTarget(state: IntakeState, text: string): SlotDefinition | null {
  const slots = slotsOf(state).filter((s) => slotApplies(s, state.slots))
  const facts = extractFacts(text, state.today)
  const kinds = new Set<string>()
  const bareNumber = /\d|[一二两三四五六七八九十百千万]/.test(text) && !facts.dates.length && !facts.durations.length
  if (facts.amounts.length || bareNumber) kinds.add('money')
  if (facts.dates.length) {
    kinds.add('date')
    kinds.add('date_range')
  }
  if (facts.durations.length) kinds.add('duration')
  const fits = (s: SlotDefinition) =>
    kinds.size === 0 || kinds.has(s.kind) || !['money', 'date', 'date_range', 'duration'].includes(s.kind)
  const answered = [...state.history].reverse()
  const recency = (s: SlotDefinition) => {
    const i = answered.indexOf(s.key)
    return i < 0 ? answered.length : i
  }
  const named = slots
    .map((s) => ({
      s,
      score: Math.max(s.aliases?.exec(text)?.[0].length ?? 0, text.includes(s.label) ? s.label.length : 0),
    }))
    .filter(({ s, score }) => score > 0 && fits(s))
    .sort((a, b) => b.score - a.score || recency(a.s) - recency(b.s))
  if (named.length) return named[0].s
  for (const key of answered) {
    const slot = slots.find((s) => s.key === key)
    if (slot && (kinds.size === 0 || kinds.has(slot.kind))) return slot
  }
  // Values from the narrative were never "answered": fall back to any filled slot of a fitting kind.
  return slots.find((s) => state.slots[s.key] && kinds.has(s.kind)) ?? null
}

/** 不对，是3万 — corrects the fact the resident means and keeps the conversation where it was. */
export function correct(state: IntakeState, rawText: string): IntakeState {
  const text = rawText.replace(CORRECTION_PREFIX, '')
  const slot = correctionTarget(state, text)
  if (!slot) throw new IntakeInputError('INTAKE_CORRECTION_UNCLEAR', '没明白要更正哪一项，请在摘要里直接修改', 'text')
  const valueText = text
    .replace(slot.aliases ?? /$^/, '')
    .replace(/^[\s，,:：]*(?:不对|错了)?[\s，,:：]*/, '')
    .replace(CORRECTION_FILLER, '')
  state.slots[slot.key] = parseText(slot, valueText || text, state.today, 'correction')
  record(state, slot.key)
  return advance(state)
}

/** 跳过 / 不知道: the question is marked and the next one comes. Required slots stay in `missing`. */
export function skip(state: IntakeState, status: 'skipped' | 'unknown' = 'skipped', slotKey?: string): IntakeState {
  const key = slotKey ?? state.current
  if (key === null || key === TYPE_SLOT) {
    throw new IntakeInputError('INTAKE_CANNOT_SKIP', key === null ? '所有问题都已回答' : '请先确认纠纷类型', 'slot')
  }
  findSlot(state, key)
  state.slots[key] = { status, source: 'answer' }
  record(state, key)
  return advance(state)
}

/** Goes back to the previous answered question; its earlier answer is offered as the default. */
export function back(state: IntakeState): { state: IntakeState; previous?: SlotState } {
  const key = state.history.pop()
  if (key === undefined) throw new IntakeInputError('INTAKE_NOTHING_TO_UNDO', '已经是第一个问题了', 'action')
  if (key === TYPE_SLOT) {
    state.typeConfirmed = false
    state.current = TYPE_SLOT
    return { state }
  }
  const previous = state.slots[key]
  delete state.slots[key]
  pruneFollowUps(state)
  state.current = key
  return { state, ...(previous ? { previous } : {}) }
}

/** Required slots still open (unanswered, skipped or unknown). */
export function missing(state: IntakeState): string[] {
  return slotsOf(state)
    .filter((s) => s.required && slotApplies(s, state.slots) && state.slots[s.key]?.status !== 'filled')
    .map((s) => s.key)
}
