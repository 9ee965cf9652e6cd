import type { DisputeType } from '@contract/intake'
import type { CreateReferralBody } from '@contract/referrals'
import { normalisePhone, phoneError } from '@/lib/validation/phone'

export type PartyRole = 'applicant' | 'respondent'

export interface ReferralFormValues {
  incidentNumber: string
  disputeType: DisputeType | ''
  facts: string
  regionCode: string
  committeeId: string
  applicantName: string
  applicantPhone: string
  respondentName: string
  respondentPhone: string
}

export const EMPTY_REFERRAL: ReferralFormValues = {
  incidentNumber: '',
  disputeType: '',
  facts: '',
  regionCode: '',
  committeeId: '',
  applicantName: '',
  applicantPhone: '',
  respondentName: '',
  respondentPhone: '',
}

/** Field errors keyed by the request body's paths (`applicant.phone`), the same names the server uses. */
export type ReferralErrors = Partial<Record<string, string>>

export const FACTS_MAX = 2000

/** `applicantPhone` → `applicant.phone`; other fields are named as in the body already. */
export function errorPathOf(field: keyof ReferralFormValues): string {
  const match = /^(applicant|respondent)(Name|Phone)$/.exec(field)
  return match ? `${match[1]}.${match[2].toLowerCase()}` : field
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g
const toHalfWidth = (text: string) => text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/** Mirrors the server: 警情号 formats vary by province, so accept what they share (6–40 letters/digits/dashes). */
export function incidentNumberError(input: string): string | null {
  const value = toHalfWidth(input).replace(/\s+/g, '').toUpperCase()
  if (value === '') return '请填写警情号'
  const digits = value.replace(/\D/g, '').length
  if (!/^[A-Z0-9-]{6,40}$/.test(value) || digits < 6 || /^-|-$/.test(value)) {
    return '警情号应为6至40位字母、数字或短横线，且至少包含6位数字'
  }
  return null
}

function partyErrors(role: PartyRole, name: string, phone: string, errors: ReferralErrors): void {
  const label = role === 'applicant' ? '申请人' : '被申请人'
  if (name.trim() === '') errors[`${role}.name`] = `请填写${label}姓名或单位名称`
  else if (name.trim().length > 50) errors[`${role}.name`] = `${label}姓名不能超过50个字`
  const phoneProblem = phoneError(toHalfWidth(phone))
  if (phoneProblem) errors[`${role}.phone`] = phoneProblem
}

/** Every problem at once, so the officer fixes the form in one pass. */
export function validateReferral(values: ReferralFormValues): ReferralErrors {
  const errors: ReferralErrors = {}
  const incident = incidentNumberError(values.incidentNumber)
  if (incident) errors.incidentNumber = incident
  if (values.disputeType === '') errors.disputeType = '请选择纠纷类型'
  if (values.regionCode === '') errors.regionCode = '请选择纠纷发生地'
  if (values.facts.trim() === '') errors.facts = '请简要填写纠纷经过'
  else if (values.facts.length > FACTS_MAX) errors.facts = `纠纷经过不能超过${FACTS_MAX}字`
  partyErrors('applicant', values.applicantName, values.applicantPhone, errors)
  partyErrors('respondent', values.respondentName, values.respondentPhone, errors)
  if (
    !errors['applicant.phone'] &&
    !errors['respondent.phone'] &&
    normalisePhone(toHalfWidth(values.applicantPhone)) === normalisePhone(toHalfWidth(values.respondentPhone))
  ) {
    errors['respondent.phone'] = '双方当事人的手机号相同，请核对'
  }
  return errors
}

export function toReferralBody(values: ReferralFormValues): CreateReferralBody {
  if (values.disputeType === '') throw new Error('validate before building the body')
  return {
    incidentNumber: values.incidentNumber.trim(),
    disputeType: values.disputeType,
    facts: values.facts.trim(),
    regionCode: values.regionCode,
    ...(values.committeeId ? { committeeId: values.committeeId } : {}),
    applicant: { name: values.applicantName.trim(), phone: normalisePhone(toHalfWidth(values.applicantPhone)) },
    respondent: { name: values.respondentName.trim(), phone: normalisePhone(toHalfWidth(values.respondentPhone)) },
  }
}
