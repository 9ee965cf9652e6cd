import type { RecordContent } from '@contract/mediation-record'

export interface ContentProblem {
  code: string
  field: string
  message: string
}

/**
 * Checks the mediator's edit against the case: statements and disclosure answers name the case's parties, each
 * at most once; evidence names the case's files; a partial or failed outcome states its reasons (OMR 21).
 */
export function contentProblems(
  content: RecordContent,
  partyIds: readonly string[],
  caseFileIds: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const checkParties = (ids: string[], field: string) => {
    const seen = new Set<string>()
    ids.forEach((id, i) => {
      if (!partyIds.includes(id)) {
        problems.push({ code: 'RECORD_PARTY_UNKNOWN', field: `${field}/${i}/partyId`, message: '不是本案当事人' })
      } else if (seen.has(id)) {
        problems.push({
          code: 'RECORD_PARTY_REPEATED',
          field: `${field}/${i}/partyId`,
          message: '同一当事人只能填写一次',
        })
      }
      seen.add(id)
    })
  }
  checkParties(
    content.statements.map((s) => s.partyId),
    'content/statements',
  )
  checkParties(
    content.disclosure.answers.map((a) => a.partyId),
    'content/disclosure/answers',
  )
  content.evidence.forEach((e, i) => {
    if (e.fileId !== null && !caseFileIds.includes(e.fileId)) {
      problems.push({ code: 'RECORD_FILE_UNKNOWN', field: `content/evidence/${i}/fileId`, message: '不是本案的材料' })
    }
  })
  if (
    (content.outcome.result === 'failed' || content.outcome.result === 'partial') &&
    !content.outcome.reasons.trim()
  ) {
    problems.push({
      code: 'RECORD_REASONS_REQUIRED',
      field: 'content/outcome/reasons',
      message: '调解不成或部分达成的，须写明原因（《人民法院在线调解规则》第二十一条）',
    })
  }
  return problems
}
