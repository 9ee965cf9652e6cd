import type { AgreementClause, AgreementContent, AgreementFlag, AgreementTerm } from '@contract/agreements'
import { findStatusMatters, STATUS_MATTER_LABELS, type StatusMatter } from '../signing/e-sign-exclusion'

/**
 * Checks run on every draft so the mediator sees, while drafting, what would stop a court confirming the
 * agreement: CPL-Interp 355 (not accepted: public-law matters, status relationships, special procedures, ownership
 * determination) and 358 (rejected: unclear content, harm to others). Keyword checks on the operative clauses:
 * they point the mediator at a clause and are legal information, not a court's ruling. Flags never stop the
 * parties signing: an agreement that cannot be confirmed is still binding (PML 31); they tell the mediator what
 * to fix.
 */
const BASIS = {
  notCivil: '民诉法解释第三百五十五条第一款第一项',
  status: '民诉法解释第三百五十五条第一款第三项；电子签名法第三条',
  statusRelation: '民诉法解释第三百五十五条第一款第三项',
  specialProcedure: '民诉法解释第三百五十五条第一款第四项',
  ownership: '民诉法解释第三百五十五条第一款第五项',
  unclear: '民诉法解释第三百五十八条第五项',
  thirdParty: '民诉法解释第三百五十八条第二项',
}

// Interp 355(1)(5): determining who owns a thing or an IP right (确权), including "确认……归……所有".
const OWNERSHIP = new RegExp(
  [
    '确权',
    '(?:所有权|产权|物权|使用权|承包经营权|著作权|专利权|商标权|知识产权)(?:归|属于|确认|确定为)',
    '确认.{0,12}(?:所有权|产权|物权|使用权|承包经营权|著作权|专利权|商标权|知识产权)',
    '确认[^，。；,;]{0,20}(?:归(?!还)|属于|系)[^，。；,;]{1,12}(?:所有|共有|个人财产|共同财产)',
  ].join('|'),
)
// "归乙方所有" may be a thing's ownership or just money changing hands; 归还 (giving back) is neither.
const BELONGS_TO = /归(?!还)[^，。；,;]{1,12}所有/
// Interp 355(1)(1): public-law consequences (criminal liability, administrative penalties, withdrawing a police
// report) are not civil rights and obligations the court can confirm.
const NOT_CIVIL =
  /(?:不再?|免予?|免除|放弃)追究[^，。；,;]{0,10}(?:刑事|行政)责任|(?:不予|免予|免除)[^，。；,;]{0,6}(?:治安管理处罚|治安处罚|行政处罚|行政拘留)|撤(?:回|销)?(?:报案|控告|刑事)|撤案/
// Interp 355(1)(3), beyond the marriage and adoption words e-sign-exclusion already finds: parent-child and other
// status relations confirmed, denied or ended.
const STATUS_RELATION = /(?:确认|否认|解除|变更|断绝)[^，。；,;]{0,10}(?:亲子|父子|父女|母子|母女|身份)关系|亲子鉴定/
// Interp 355(1)(4): matters for the special procedures (declaring a person missing or dead, incapacity,
// guardianship, ownerless property), public summons (公示催告) or bankruptcy.
const SPECIAL_PROCEDURE =
  /宣告[^，。；,;]{0,6}(?:失踪|死亡)|(?:认定|宣告|确认)[^，。；,;]{0,8}(?:无|限制)民事行为能力|(?:指定|变更|撤销)[^，。；,;]{0,12}监护(?:人|资格|关系)|监护人资格|认定[^，。；,;]{0,6}财产无主|无主财产|公示催告|(?:申请|宣告)破产|破产(?:清算|重整|和解)/
const VAGUE = [
  '适当',
  '酌情',
  '若干',
  '左右',
  '大约',
  '尽快',
  '近期',
  '择日',
  '适时',
  '有条件时',
  '宽裕时',
  '另行协商',
  '另行商定',
  '视情况',
  '相应的',
  '一定的',
]
const THIRD_PARTY = /案外人|第三人/

const termKey = (i: number) => `term-${i + 1}`

function termFlags(term: AgreementTerm, key: string, today: string): AgreementFlag[] {
  const flags: AgreementFlag[] = []
  const flag = (code: string, severity: AgreementFlag['severity'], basis: string, message: string) =>
    flags.push({ code, severity, clauseKey: key, basis, message })
  if (term.payeePartyId && term.payeePartyId === term.payerPartyId) {
    flag('PAYER_IS_PAYEE', 'blocking', BASIS.unclear, '同一当事人既是付款方又是收款方，请核对')
  }
  if (term.kind === 'payment' && term.amount === undefined) {
    flag('AMOUNT_MISSING', 'blocking', BASIS.unclear, '未写明金额：金额不明确的协议不能获得司法确认')
  }
  if (term.instalments?.length) {
    const cents = term.instalments.reduce((sum, i) => sum + Math.round(i.amount * 100), 0)
    if (term.amount !== undefined && cents !== Math.round(term.amount * 100)) {
      flag(
        'INSTALMENT_SUM_MISMATCH',
        'blocking',
        BASIS.unclear,
        `分期金额合计 ${cents / 100} 元与总额 ${term.amount} 元不一致`,
      )
    }
    const dates = term.instalments.map((i) => i.dueDate)
    if (dates.some((d, i) => i > 0 && d <= dates[i - 1])) {
      flag('INSTALMENT_ORDER', 'warning', BASIS.unclear, '分期的期限应当按先后顺序排列且不重复')
    }
  } else if (!term.dueDate) {
    flag('DATE_MISSING', 'blocking', BASIS.unclear, '未写明履行期限：期限不明确的协议不能获得司法确认')
  }
  const dates = [term.dueDate, ...(term.instalments ?? []).map((i) => i.dueDate)].filter((d): d is string => !!d)
  if (dates.some((d) => d < today)) {
    flag('DATE_IN_PAST', 'warning', BASIS.unclear, '履行期限早于今天，请核对日期')
  }
  if (term.kind === 'payment' && term.method && term.method !== 'cash' && term.method !== 'other' && !term.account) {
    flag('ACCOUNT_MISSING', 'warning', BASIS.unclear, '转账支付未写明收款账户，履行时容易产生争议')
  }
  const words = [term.description, term.account ?? '', term.place ?? ''].join(' ')
  const vague = VAGUE.filter((w) => words.includes(w))
  if (vague.length) {
    flag(
      'VAGUE_WORDING',
      'blocking',
      BASIS.unclear,
      `条款含有不确定的表述（${vague.join('、')}），请写明具体金额和日期`,
    )
  }
  return flags
}

function wordingFlags(key: string, text: string): AgreementFlag[] {
  const flags: AgreementFlag[] = []
  if (NOT_CIVIL.test(text)) {
    flags.push({
      code: 'NOT_CIVIL_MATTER',
      severity: 'blocking',
      clauseKey: key,
      basis: BASIS.notCivil,
      message:
        '条款涉及刑事责任、行政处罚或撤回报案等公法事项，不属于民事权利义务，人民法院不予受理司法确认；' +
        '请从协议中删除，另按相关程序办理（如共同书面申请公安机关不予处罚）',
    })
  }
  if (STATUS_RELATION.test(text)) {
    flags.push({
      code: 'STATUS_RELATION',
      severity: 'blocking',
      clauseKey: key,
      basis: BASIS.statusRelation,
      message: '条款涉及确认、否认或解除亲子等身份关系，人民法院不受理此类司法确认申请',
    })
  }
  if (SPECIAL_PROCEDURE.test(text)) {
    flags.push({
      code: 'SPECIAL_PROCEDURE_MATTER',
      severity: 'blocking',
      clauseKey: key,
      basis: BASIS.specialProcedure,
      message:
        '条款涉及宣告失踪或死亡、认定民事行为能力、指定或撤销监护人、认定财产无主、公示催告或破产等事项，' +
        '须由人民法院依特别程序等审理，不能通过司法确认解决',
    })
  }
  if (OWNERSHIP.test(text)) {
    flags.push({
      code: 'OWNERSHIP_DETERMINATION',
      severity: 'blocking',
      clauseKey: key,
      basis: BASIS.ownership,
      message: '条款涉及物权或知识产权的确权，人民法院不予受理司法确认申请',
    })
  } else if (BELONGS_TO.test(text)) {
    flags.push({
      code: 'POSSIBLE_OWNERSHIP_DETERMINATION',
      severity: 'warning',
      clauseKey: key,
      basis: BASIS.ownership,
      message: '条款写有“归……所有”，如属对物的权属确认，将不能获得司法确认',
    })
  }
  if (THIRD_PARTY.test(text)) {
    flags.push({
      code: 'THIRD_PARTY_INVOLVED',
      severity: 'warning',
      clauseKey: key,
      basis: BASIS.thirdParty,
      message: '条款涉及案外人，不得为案外人设定义务或损害其合法权益',
    })
  }
  return flags
}

function statusFlags(clauses: AgreementClause[], declared: StatusMatter[]): AgreementFlag[] {
  const found = new Map<StatusMatter, string | null>(declared.map((m) => [m, null]))
  for (const clause of clauses) {
    for (const hit of findStatusMatters(clause.text)) {
      if (!found.get(hit.matter)) found.set(hit.matter, clause.key)
    }
  }
  return [...found].map(([matter, clauseKey]) => ({
    code: 'STATUS_MATTER',
    severity: 'blocking' as const,
    clauseKey,
    basis: BASIS.status,
    message:
      `协议涉及${STATUS_MATTER_LABELS[matter]}等人身关系：人民法院不受理确认身份关系的司法确认申请，` +
      '且依电子签名法第三条不能电子签名，须线下签署纸质协议',
  }))
}

/** `today` is the drafting date in China (YYYY-MM-DD). */
export function confirmationChecks(
  content: AgreementContent,
  clauses: AgreementClause[],
  today: string,
): AgreementFlag[] {
  const flags = statusFlags(clauses, content.statusMatters ?? [])
  content.terms.forEach((term, i) => flags.push(...termFlags(term, termKey(i), today)))
  for (const clause of clauses) {
    if (clause.key.startsWith('term-') || clause.key.startsWith('other-'))
      flags.push(...wordingFlags(clause.key, clause.text))
  }
  return flags
}

export const hasBlocking = (flags: AgreementFlag[]) => flags.some((f) => f.severity === 'blocking')
