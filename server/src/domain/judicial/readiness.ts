import type { AgreementFlag } from '@contract/agreements'
import type { ReadinessCheck } from '@contract/judicial'
import { chinaDate, daysBetween } from './china-dates'

/** CPL 205: the parties apply within 30 days from the agreement's effective date (day 30 in, day 31 out). */
export const APPLICATION_WINDOW_DAYS = 30

const ARTICLES = {
  consent: '人民调解法第三十三条；民事诉讼法第二百零五条',
  window: '民事诉讼法第二百零五条',
  exclusion: '民诉法解释第三百五十五条',
  rejection: '民诉法解释第三百五十八条',
  court: '民事诉讼法第二百零五条；民诉法解释第三百五十二条',
}

/** Interp 355 items as the agreement checks flag them (item 2, jurisdiction, is COURT_COMPETENT's). */
export const NOT_EXCLUDED_PASS =
  '协议不涉及人民法院受理民事案件范围以外的事项（第一项）、身份关系的确认（第三项）、' +
  '其他特别程序或公示催告、破产程序的事项（第四项），也不确认物权或知识产权的归属（第五项）'

export interface ReadinessInput {
  /** When the agreement took effect (the committee's seal, recorded by the signing core); null = not yet. */
  effectiveAt: string | null
  flags: AgreementFlag[]
  now: Date
  /** Each party and whether they have confirmed the joint application. */
  parties: Array<{ name: string; confirmed: boolean }>
  competentCourtNames: string[]
}

const isExclusion = (f: AgreementFlag) => f.severity === 'blocking' && f.basis.includes('第三百五十五条')
const isRejection = (f: AgreementFlag) => f.severity === 'blocking' && !isExclusion(f)

function windowCheck(effectiveAt: string | null, now: Date): ReadinessCheck {
  const base = { code: 'WITHIN_30_DAYS', title: '在协议生效之日起三十日内申请', article: ARTICLES.window }
  if (!effectiveAt) return { ...base, status: 'fail', message: '调解协议尚未生效（各方签名并加盖调委会印章后生效）' }
  const elapsed = daysBetween(chinaDate(effectiveAt), chinaDate(now))
  const left = APPLICATION_WINDOW_DAYS - elapsed
  return left >= 0
    ? { ...base, status: 'pass', message: `协议于${chinaDate(effectiveAt)}生效，距申请期限届满还有 ${left} 天` }
    : { ...base, status: 'fail', message: `协议于${chinaDate(effectiveAt)}生效，已超过三十日申请期限` }
}

/** Every check, each with its article; the application may be submitted only when none fails or is pending. */
export function readinessChecks(input: ReadinessInput): ReadinessCheck[] {
  const exclusions = input.flags.filter(isExclusion)
  const rejections = input.flags.filter(isRejection)
  const waiting = input.parties.filter((p) => !p.confirmed).map((p) => p.name)
  return [
    {
      code: 'BOTH_PARTIES_CONSENT',
      title: '双方当事人共同申请',
      article: ARTICLES.consent,
      status: waiting.length ? 'pending' : 'pass',
      message: waiting.length ? `等待${waiting.join('、')}确认申请书` : '双方当事人均已确认申请书',
    },
    windowCheck(input.effectiveAt, input.now),
    {
      code: 'NOT_EXCLUDED',
      title: '不属于不予受理的情形',
      article: ARTICLES.exclusion,
      status: exclusions.length ? 'fail' : 'pass',
      message: exclusions.length ? exclusions.map((f) => f.message).join('；') : NOT_EXCLUDED_PASS,
    },
    {
      code: 'CONTENT_CONFIRMABLE',
      title: '协议内容明确、合法',
      article: ARTICLES.rejection,
      status: rejections.length ? 'fail' : 'pass',
      message: rejections.length ? rejections.map((f) => f.message).join('；') : '未发现会被驳回申请的问题',
    },
    {
      code: 'COURT_COMPETENT',
      title: '向有管辖权的人民法院申请',
      article: ARTICLES.court,
      status: input.competentCourtNames.length ? 'pass' : 'fail',
      message: input.competentCourtNames.length
        ? `可向${input.competentCourtNames.join('、')}申请`
        : '当事人住所地、标的物所在地、调解组织所在地均无可受理的人民法院',
    },
  ]
}

/** Checks that must pass before the application can be prepared (consent comes after, by confirming it). */
export function blockingBeforeConsent(checks: ReadinessCheck[]): ReadinessCheck[] {
  return checks.filter((c) => c.code !== 'BOTH_PARTIES_CONSENT' && c.status !== 'pass')
}
