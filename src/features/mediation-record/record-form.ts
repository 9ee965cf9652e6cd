import type { RecordContent } from '@contract/mediation-record'

/** The editable record as the editor holds it: list sections the mediator types one item per line are text here. */
export type RecordForm = Omit<RecordContent, 'agreedFacts' | 'disputedPoints'> & {
  agreedFacts: string
  disputedPoints: string
}

/** Error message per field path (`heldAt`, `statements.0.claims`, `evidence.1.name`, …). */
export type FormErrors = Record<string, string>

// Limits of types/mediation-record.ts, checked before sending so the message sits at the field.
const REQUIRED_TEXT: [path: string, label: string, max: number][] = [
  ['heldAt', '调解时间', 100],
  ['place', '调解地点', 200],
  ['recorderName', '记录人', 50],
  ['disclosure.mediatorStatement', '利益冲突披露', 1000],
  ['rightsNotice', '权利义务告知', 3000],
]
const OPTIONAL_TEXT: [path: string, label: string, max: number][] = [
  ['lawExplanation', '释法说理', 5000],
  ['proposals', '调解方案', 5000],
  ['outcome.reasons', '原因', 2000],
]
const LIST_ITEM_MAX = 1000
const LIST_MAX_ITEMS = 200

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

export function formFromContent(content: RecordContent): RecordForm {
  return {
    ...content,
    disclosure: { ...content.disclosure, answers: content.disclosure.answers.map((a) => ({ ...a })) },
    statements: content.statements.map((s) => ({ ...s, statements: [...s.statements] })),
    evidence: content.evidence.map((e) => ({ ...e })),
    outcome: { ...content.outcome },
    agreedFacts: content.agreedFacts.join('\n'),
    disputedPoints: content.disputedPoints.join('\n'),
  }
}

export function contentFromForm(form: RecordForm): RecordContent {
  return {
    ...form,
    heldAt: form.heldAt.trim(),
    place: form.place.trim(),
    recorderName: form.recorderName.trim(),
    statements: form.statements.map((s) => ({
      ...s,
      claims: s.claims.trim(),
      statements: s.statements.map((text) => text.trim()).filter((text) => text !== ''),
    })),
    evidence: form.evidence.map((e) => ({ ...e, name: e.name.trim(), producedBy: e.producedBy.trim() })),
    agreedFacts: lines(form.agreedFacts),
    disputedPoints: lines(form.disputedPoints),
    outcome: { result: form.outcome.result, reasons: form.outcome.reasons.trim() },
  }
}

function valueAt(form: RecordForm, path: string): string {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], form) as string
}

const tooLong = (label: string, max: number) => `${label}不能超过 ${max} 字`

export function validateForm(form: RecordForm): FormErrors {
  const errors: FormErrors = {}
  for (const [path, label, max] of REQUIRED_TEXT) {
    const value = valueAt(form, path).trim()
    if (value === '') errors[path] = `请填写${label}`
    else if (value.length > max) errors[path] = tooLong(label, max)
  }
  for (const [path, label, max] of OPTIONAL_TEXT) {
    if (valueAt(form, path).trim().length > max) errors[path] = tooLong(label, max)
  }
  form.disclosure.answers.forEach((answer, i) => {
    if (answer.note.length > 500) errors[`disclosure.answers.${i}.note`] = tooLong('说明', 500)
  })
  form.statements.forEach((statement, i) => {
    if (statement.claims.trim().length > 2000) errors[`statements.${i}.claims`] = tooLong('请求事项', 2000)
    statement.statements.forEach((text, j) => {
      if (text.trim().length > 2000) errors[`statements.${i}.statements.${j}`] = tooLong('陈述', 2000)
    })
  })
  form.evidence.forEach((item, i) => {
    if (item.name.trim() === '') errors[`evidence.${i}.name`] = '请填写证据名称'
    else if (item.name.trim().length > 200) errors[`evidence.${i}.name`] = tooLong('证据名称', 200)
    if (item.producedBy.trim().length > 100) errors[`evidence.${i}.producedBy`] = tooLong('提交人', 100)
    if (item.note.length > 500) errors[`evidence.${i}.note`] = tooLong('说明', 500)
  })
  for (const [path, label] of [
    ['agreedFacts', '无争议事实'],
    ['disputedPoints', '争议焦点'],
  ] as const) {
    const items = lines(form[path])
    if (items.length > LIST_MAX_ITEMS) errors[path] = `${label}最多 ${LIST_MAX_ITEMS} 项`
    else if (items.some((item) => item.length > LIST_ITEM_MAX))
      errors[path] = `${label}每项不能超过 ${LIST_ITEM_MAX} 字`
  }
  const { result, reasons } = form.outcome
  if ((result === 'partial' || result === 'failed') && reasons.trim() === '') {
    errors['outcome.reasons'] = result === 'failed' ? '调解不成的，请写明原因' : '部分达成的，请写明未达成部分及原因'
  }
  return errors
}
