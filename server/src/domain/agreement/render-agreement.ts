import type { AgreementClause, AgreementContent, AgreementPartyDetail } from '@contract/agreements'
import { chineseDate, chineseNumber } from './chinese-format'
import { renderTerm } from './render-terms'
import { templateFor } from './templates'

export interface AgreementParty {
  id: string
  role: string // applicant | respondent
  name: string
  kind: string // person | organisation
}

export interface AgreementCaseInfo {
  caseNumber: string
  committeeName: string | null
  disputeType: string
  parties: AgreementParty[]
}

export interface RenderedAgreement {
  title: string
  clauses: AgreementClause[]
  /** The exact text confirmed and signed: one clause per line. */
  body: string
}

export const AGREEMENT_TITLE = '人民调解协议书'
const ROLE_LABELS: Record<string, string> = { applicant: '申请人', respondent: '被申请人' }

export const roleLabel = (role: string) => ROLE_LABELS[role] ?? '当事人'

function partyLine(party: AgreementParty, detail: AgreementPartyDetail | undefined): string {
  const facts: string[] = [party.name]
  if (detail?.gender) facts.push(detail.gender)
  if (detail?.birthDate) facts.push(`${chineseDate(detail.birthDate)}出生`)
  if (detail?.idNumber)
    facts.push(`${party.kind === 'organisation' ? '统一社会信用代码' : '身份证号'}${detail.idNumber}`)
  if (detail?.address) facts.push(`${party.kind === 'organisation' ? '住所地' : '住'}${detail.address}`)
  let line = `${roleLabel(party.role)}：${facts.join('，')}。`
  if (detail?.legalRepresentative) line += `法定代表人：${detail.legalRepresentative}。`
  if (detail?.agent) line += `委托代理人：${detail.agent}。`
  return line
}

/** Free text joined onto one line: a clause is one line of the body (the PDF and the diff read it so). */
export const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim()

function singleLineContent(content: AgreementContent): AgreementContent {
  return {
    ...content,
    facts: oneLine(content.facts),
    issues: content.issues.map(oneLine),
    responsibilities: oneLine(content.responsibilities),
    otherClauses: content.otherClauses?.map(oneLine),
    terms: content.terms.map((term) => ({
      ...term,
      description: oneLine(term.description),
      ...(term.account ? { account: oneLine(term.account) } : {}),
      ...(term.place ? { place: oneLine(term.place) } : {}),
    })),
  }
}

/** The statutory effect clauses (legal-reference §6.3), each citing its article. */
export function effectClauses(partyCount: number): string[] {
  const who = partyCount > 2 ? '各方当事人' : '双方当事人'
  return [
    `本协议自${who}签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效（《中华人民共和国人民调解法》第二十九条）。`,
    '本协议具有法律约束力，当事人应当按照约定履行；人民调解委员会对协议的履行情况进行监督，督促当事人履行约定的义务（《中华人民共和国人民调解法》第三十一条）。',
    '经人民调解委员会调解达成协议后，当事人之间就调解协议的履行或者调解协议的内容发生争议的，一方当事人可以向人民法院提起诉讼（《中华人民共和国人民调解法》第三十二条）。',
    `${who}认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认；人民法院依法确认本协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行（《中华人民共和国人民调解法》第三十三条）。`,
  ]
}

/**
 * Fills the agreement from the case and the mediator's content (PML 29; legal-reference §6.3): number, parties,
 * main facts, disputed issues, responsibilities, numbered terms, the effect clauses (PML 29, 31, 32, 33) and
 * copies. Deterministic: the same input always gives the same text, so the same SHA-256.
 */
export function renderAgreement(info: AgreementCaseInfo, raw: AgreementContent): RenderedAgreement {
  const content = singleLineContent(raw)
  const byId = new Map(info.parties.map((p) => [p.id, p]))
  const name = (id: string | undefined) => {
    const party = id ? byId.get(id) : undefined
    return party ? `${roleLabel(party.role)}${party.name}` : '【当事人未指定】'
  }
  const details = new Map((content.partyDetails ?? []).map((d) => [d.partyId, d]))
  const committee = info.committeeName ?? '人民调解委员会'
  const who = info.parties.length > 2 ? '各方当事人' : '双方当事人'

  const clauses: AgreementClause[] = [{ key: 'number', label: '编号', text: `编号：${info.caseNumber}` }]
  info.parties.forEach((party, i) =>
    clauses.push({
      key: `party-${i + 1}`,
      label: roleLabel(party.role),
      text: partyLine(party, details.get(party.id)),
    }),
  )
  clauses.push(
    { key: 'facts', label: '纠纷主要事实', text: `纠纷主要事实：${content.facts.trim()}` },
    {
      key: 'issues',
      label: '争议事项',
      text: `争议事项：${content.issues.map((issue, i) => `${i + 1}.${issue.trim().replace(/[。；;]$/, '')}`).join('；')}。`,
    },
    { key: 'responsibilities', label: '各方责任', text: `各方责任：${content.responsibilities.trim()}` },
    {
      key: 'preamble',
      label: '协议内容',
      text: `经${committee}调解，${who}就${templateFor(info.disputeType).disputeName}自愿达成如下协议：`,
    },
  )
  let n = 0
  const numbered = (key: string, text: string) => {
    n += 1
    clauses.push({ key, label: `第${chineseNumber(n)}条`, text: `${chineseNumber(n)}、${text}` })
  }
  content.terms.forEach((term, i) => numbered(`term-${i + 1}`, renderTerm(term, name)))
  ;(content.otherClauses ?? []).forEach((text, i) => numbered(`other-${i + 1}`, text.trim()))
  effectClauses(info.parties.length).forEach((text, i) => numbered(`effect-${i + 1}`, text))
  numbered(
    'copies',
    `本协议一式${chineseNumber(info.parties.length + 1)}份，${who}各执一份，${committee}留存一份，具有同等效力。`,
  )
  return { title: AGREEMENT_TITLE, clauses, body: clauses.map((c) => c.text).join('\n') }
}
