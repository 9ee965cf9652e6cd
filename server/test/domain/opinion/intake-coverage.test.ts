import {
  CATALOGUE,
  DISPUTE_TYPE_CODES,
  type DisputeTypeCode,
  type SlotDefinition,
} from '../../../src/domain/intake/catalogue'
import { opinionPartsFromIntake, type StoredSlot } from '../../../src/domain/opinion/from-intake-facts'
import { SlotReader } from '../../../src/domain/opinion/intake/slot-reader'
import { figureSource, intakeCase } from './intake-fixture'

/**
 * Every slot the opinion's mapper reads for a dispute type must be one the guided intake asks for: otherwise a
 * resident who answers every question still gets "missing facts" instead of computed amounts. The slots read are
 * recorded from the real mapper (a spy on SlotReader.filled / need), over many slot sets, not listed by hand.
 */

/**
 * Slots a mapper may read that the type's questions deliberately do not ask for, each with the reason. Every
 * entry must still be read by the mapper (checked below), so the list cannot go stale.
 */
const READ_BUT_NOT_ASKED: Partial<Record<DisputeTypeCode, Record<string, string>>> = {
  traffic_accident: {
    // Fallbacks the injury heads try after the asked slot (monthly_income, victim_age): older intakes stored these.
    monthly_wage: 'fallback for monthly_income',
    age: 'fallback for victim_age',
  },
  personal_injury: { monthly_wage: 'fallback for monthly_income', age: 'fallback for victim_age' },
  medical: { monthly_wage: 'fallback for monthly_income', age: 'fallback for victim_age' },
}

/** One answer per kind that every reader accepts; the text holds a count, a loan rate, a penalty rate and an amount. */
function sampleValue(slot: SlotDefinition): unknown {
  switch (slot.kind) {
    case 'money':
      return 5000
    case 'date':
      return '2024-03-05'
    case 'date_range':
      return '2024-03-05/2024-06-30'
    case 'duration':
      return 'P30D'
    case 'party':
      return { name: '张某', kind: 'person' }
    case 'evidence':
      return ['合同']
    case 'text':
      return '48节，月息1分，每日万分之一，要求支付5000元'
    case 'choice':
      return slot.choices?.[0]?.value
  }
}

/** Stories that switch on narrative-dependent branches (unlawful dismissal, quitting over unpaid wages). */
const NARRATIVES = ['', '公司无故辞退我，没有任何理由。因为拖欠工资我辞职了。']
/** A number every non-catalogue reader understands (money, days, a count). */
const OUTSIDE_VALUE = 30
const MAX_RUNS = 20_000

const filled = (value: unknown): StoredSlot => ({ status: 'filled', value })

/** Every choice combination (each choice slot unset or set to one of its values) as partial slot sets. */
function combinations(choiceSlots: SlotDefinition[]): Record<string, StoredSlot>[] {
  let sets: Record<string, StoredSlot>[] = [{}]
  for (const slot of choiceSlots) {
    const options = [undefined, ...(slot.choices ?? []).map((c) => c.value)]
    sets = sets.flatMap((set) => options.map((v) => (v === undefined ? set : { ...set, [slot.key]: filled(v) })))
  }
  return sets
}

/**
 * The slot keys the type's mapper reads, explored to a fixed point: the choice slots it reads are varied over all
 * their values, on a background of no other answers and of every other slot answered (keys read outside the
 * catalogue included, so fallbacks and deeper branches run too).
 */
function slotsRead(type: DisputeTypeCode): { reads: Set<string>; runs: number } {
  const catalogue = CATALOGUE[type].slots
  const byKey = new Map(catalogue.map((s) => [s.key, s]))
  const reads = new Set<string>()
  const filledSpy = jest.spyOn(SlotReader.prototype, 'filled')
  const needSpy = jest.spyOn(SlotReader.prototype, 'need')
  // statements() lists every answered slot for the facts section after the mapper ran: those are not reads.
  const statementsSpy = jest.spyOn(SlotReader.prototype, 'statements')
  let runs = 0
  const run = (slots: Record<string, StoredSlot>, narrative: string) => {
    for (const spy of [filledSpy, needSpy, statementsSpy]) spy.mockClear()
    opinionPartsFromIntake({ ...intakeCase(type, slots, narrative), figures: figureSource })
    const listedFrom = statementsSpy.mock.invocationCallOrder[0] ?? Infinity
    for (const spy of [filledSpy, needSpy]) {
      spy.mock.calls.forEach(([key], i) => {
        if (spy.mock.invocationCallOrder[i] < listedFrom) reads.add(key)
      })
    }
    runs++
  }
  try {
    let size = -1
    while (reads.size !== size) {
      size = reads.size
      const varied = [...reads].map((k) => byKey.get(k)).filter((s): s is SlotDefinition => s?.kind === 'choice')
      const answered: Record<string, StoredSlot> = Object.fromEntries([
        ...[...reads].filter((k) => !byKey.has(k)).map((k) => [k, filled(OUTSIDE_VALUE)]),
        ...catalogue.filter((s) => s.kind !== 'choice').map((s) => [s.key, filled(sampleValue(s))]),
        ...catalogue.filter((s) => s.kind === 'choice').map((s) => [s.key, filled(sampleValue(s))]),
      ])
      const combos = combinations(varied)
      if (combos.length * NARRATIVES.length * 2 > MAX_RUNS)
        throw new Error(`${type}: too many combinations (${combos.length})`)
      for (const combo of combos) {
        for (const narrative of NARRATIVES) {
          run(combo, narrative)
          run({ ...answered, ...combo }, narrative)
        }
      }
    }
  } finally {
    for (const spy of [filledSpy, needSpy, statementsSpy]) spy.mockRestore()
  }
  return { reads, runs }
}

describe('the intake asks for every fact the opinion reads', () => {
  const explored = new Map(DISPUTE_TYPE_CODES.map((type) => [type, slotsRead(type)]))

  it.each([...DISPUTE_TYPE_CODES])('%s: each slot the mapper reads is a question or an explained exception', (type) => {
    const { reads } = explored.get(type)!
    const asked = new Set(CATALOGUE[type].slots.map((s) => s.key))
    const allowed = READ_BUT_NOT_ASKED[type] ?? {}
    expect([...reads].filter((key) => !asked.has(key) && !(key in allowed)).sort()).toEqual([])
    // An exception nobody reads any more must be removed from the list.
    expect(Object.keys(allowed).filter((key) => !reads.has(key))).toEqual([])
  })

  it('the recording sees what the mappers read (the instrument works)', () => {
    for (const { reads } of explored.values()) expect(reads.size).toBeGreaterThan(0)
    expect([...explored.get('traffic_accident')!.reads]).toEqual(
      expect.arrayContaining(['liability', 'lost_work_days', 'hospital_days', 'nursing_days', 'victim_age']),
    )
  })
})
