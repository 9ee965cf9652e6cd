import type { AgreementContent, AgreementTerm, PaymentMethod } from '@contract/agreements'

type StatusMatter = NonNullable<AgreementContent['statusMatters']>[number]

/** One term as the form holds it: text fields as typed, so half-typed amounts and dates survive re-renders. */
export interface TermForm {
  kind: AgreementTerm['kind']
  payerPartyId: string
  payeePartyId: string
  description: string
  amount: string
  method: PaymentMethod | ''
  /** 'once': one due date; 'instalments': a schedule of at least two payments. */
  schedule: 'once' | 'instalments'
  dueDate: string
  instalments: { dueDate: string; amount: string }[]
  account: string
  place: string
}

export interface AgreementForm {
  facts: string
  /** One disputed issue per line. */
  issues: string
  responsibilities: string
  terms: TermForm[]
  /** One clause per line. */
  otherClauses: string
  statusMatters: StatusMatter[]
  partyDetails: AgreementContent['partyDetails']
}

/** Field path (e.g. `terms.0.amount`) → Chinese message. */
export type FormErrors = Record<string, string>

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  bank_transfer: '银行转账',
  wechat: '微信',
  alipay: '支付宝',
  cash: '现金',
  other: '其他',
}

export const STATUS_MATTER_LABELS: Record<StatusMatter, string> = {
  marriage: '婚姻关系',
  adoption: '收养关系',
  inheritance: '继承',
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const AMOUNT = /^\d+(\.\d{1,2})?$/
const MAX_YUAN = 999_999_999_999

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

export function emptyTerm(payerPartyId = '', payeePartyId = ''): TermForm {
  return {
    kind: 'payment',
    payerPartyId,
    payeePartyId,
    description: '',
    amount: '',
    method: '',
    schedule: 'once',
    dueDate: '',
    instalments: [],
    account: '',
    place: '',
  }
}

function termToForm(term: AgreementTerm): TermForm {
  const instalments = term.instalments ?? []
  return {
    kind: term.kind,
    payerPartyId: term.payerPartyId,
    payeePartyId: term.payeePartyId ?? '',
    description: term.description,
    amount: term.amount === undefined ? '' : String(term.amount),
    method: term.method ?? '',
    schedule: instalments.length > 0 ? 'instalments' : 'once',
    dueDate: term.dueDate ?? '',
    instalments: instalments.map((item) => ({ dueDate: item.dueDate, amount: String(item.amount) })),
    account: term.account ?? '',
    place: term.place ?? '',
  }
}

export function formFromContent(content: AgreementContent): AgreementForm {
  return {
    facts: content.facts,
    issues: content.issues.join('\n'),
    responsibilities: content.responsibilities,
    terms: content.terms.map(termToForm),
    otherClauses: (content.otherClauses ?? []).join('\n'),
    statusMatters: content.statusMatters ?? [],
    partyDetails: content.partyDetails,
  }
}

/** Typed money text → yuan, or null when it is not a plain amount. Thousands separators are accepted. */
export function parseYuan(text: string): number | null {
  const plain = text.replace(/[,，\s]/g, '')
  if (!AMOUNT.test(plain)) return null
  const value = Number(plain)
  return value > 0 && value <= MAX_YUAN ? value : null
}

function isRealDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3])
}

function checkDate(errors: FormErrors, path: string, text: string, label: string) {
  if (!text.trim()) errors[path] = `请填写${label}`
  else if (!isRealDate(text.trim())) errors[path] = `${label}格式应为 2026-12-31`
}

function checkTerm(term: TermForm, index: number, errors: FormErrors) {
  const at = (field: string) => `terms.${index}.${field}`
  if (!term.description.trim())
    errors[at('description')] = term.kind === 'payment' ? '请填写款项名称' : '请填写应做的事'
  if (!term.payerPartyId) errors[at('payerPartyId')] = term.kind === 'payment' ? '请选择付款方' : '请选择履行方'
  if (term.kind === 'obligation') {
    if (term.dueDate.trim()) checkDate(errors, at('dueDate'), term.dueDate, '履行期限')
    return
  }
  if (!term.payeePartyId) errors[at('payeePartyId')] = '请选择收款方'
  else if (term.payeePartyId === term.payerPartyId) errors[at('payeePartyId')] = '付款方和收款方不能是同一方'
  const amount = parseYuan(term.amount)
  if (!term.amount.trim()) errors[at('amount')] = '请填写金额'
  else if (amount === null) errors[at('amount')] = '金额应为大于 0 的数字，最多两位小数'
  if (!term.method) errors[at('method')] = '请选择支付方式'
  if (term.schedule === 'once') {
    checkDate(errors, at('dueDate'), term.dueDate, '付款期限')
    return
  }
  if (term.instalments.length < 2) {
    errors[at('instalments')] = '分期付款至少分两期'
    return
  }
  let total = 0
  term.instalments.forEach((item, n) => {
    checkDate(errors, at(`instalments.${n}.dueDate`), item.dueDate, `第 ${n + 1} 期日期`)
    const part = parseYuan(item.amount)
    if (part === null) errors[at(`instalments.${n}.amount`)] = `第 ${n + 1} 期金额应为大于 0 的数字`
    else total += Math.round(part * 100)
  })
  if (amount !== null && !Object.keys(errors).some((key) => key.startsWith(at('instalments.'))))
    if (total !== Math.round(amount * 100)) errors[at('instalments')] = `各期金额合计 ${total / 100} 元，与总金额不一致`
}

/** The server checks the same again; this says what is wrong before sending, at the field. */
export function validateForm(form: AgreementForm): FormErrors {
  const errors: FormErrors = {}
  if (!form.facts.trim()) errors.facts = '请填写纠纷主要事实'
  if (lines(form.issues).length === 0) errors.issues = '请至少填写一个争议焦点'
  if (!form.responsibilities.trim()) errors.responsibilities = '请填写各方责任'
  if (form.terms.length === 0) errors.terms = '请至少添加一条协议条款'
  form.terms.forEach((term, index) => checkTerm(term, index, errors))
  return errors
}

function termToContent(term: TermForm): AgreementTerm {
  const optional = (text: string) => (text.trim() ? text.trim() : undefined)
  const base: AgreementTerm = {
    kind: term.kind,
    payerPartyId: term.payerPartyId,
    description: term.description.trim(),
    payeePartyId: optional(term.payeePartyId),
    place: optional(term.place),
  }
  if (term.kind === 'obligation') return { ...base, dueDate: optional(term.dueDate) }
  const payment: AgreementTerm = {
    ...base,
    amount: parseYuan(term.amount) ?? undefined,
    method: term.method || undefined,
    account: optional(term.account),
  }
  if (term.schedule === 'once') return { ...payment, dueDate: term.dueDate.trim() }
  return {
    ...payment,
    instalments: term.instalments.map((item) => ({
      dueDate: item.dueDate.trim(),
      amount: parseYuan(item.amount) ?? 0,
    })),
  }
}

/** Call after validateForm returned no errors. Undefined optional fields are dropped by JSON. */
export function contentFromForm(form: AgreementForm): AgreementContent {
  const otherClauses = lines(form.otherClauses)
  return {
    facts: form.facts.trim(),
    issues: lines(form.issues),
    responsibilities: form.responsibilities.trim(),
    terms: form.terms.map(termToContent),
    otherClauses: otherClauses.length > 0 ? otherClauses : undefined,
    partyDetails: form.partyDetails,
    statusMatters: form.statusMatters.length > 0 ? form.statusMatters : undefined,
  }
}
