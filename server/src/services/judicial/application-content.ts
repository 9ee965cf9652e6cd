import type { ApplicationBody } from '@contract/judicial'
import type { DbTx } from '../../db/database'
import type { ApplicationContent } from '../../domain/judicial/application-pdf'
import { chinaDate } from '../../domain/judicial/china-dates'
import { badRequest } from '../../lib/app-error'
import type { StoredAgreementVersion } from '../agreements/agreements-repo'
import { sharedCaseFile } from '../storage/caucus-files'

/** Checks the parties and ID-proof files named in the body against the case, then builds the §6.4 content. */
export async function buildApplicationContent(
  tx: DbTx,
  input: { caseId: string; body: ApplicationBody; agreement: StoredAgreementVersion; courtName: string; now: Date },
): Promise<ApplicationContent> {
  const { caseId, body, agreement } = input
  const kase = await tx
    .selectFrom('cases')
    .leftJoin('organisations as o', 'o.id', 'cases.committee_id')
    .select(['cases.case_number', 'cases.title', 'cases.narrative', 'o.name as committee_name'])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow()
  const parties = await tx
    .selectFrom('case_parties as p')
    .leftJoin('service_addresses as a', (j) => j.onRef('a.party_id', '=', 'p.id').onRef('a.case_id', '=', 'p.case_id'))
    .select(['p.id', 'p.name', 'p.role', 'p.phone', 'a.phone as service_phone'])
    .where('p.case_id', '=', caseId)
    .execute()
  const given = new Map(body.parties.map((p, i) => [p.partyId, { ...p, index: i }]))
  const missing = parties.filter((p) => !given.has(p.id))
  const unknown = body.parties.filter((p) => !parties.some((q) => q.id === p.partyId))
  if (missing.length || unknown.length || given.size !== body.parties.length) {
    throw badRequest('APPLICATION_PARTIES_INVALID', '申请书须列明本案全部当事人，每人一次', [
      ...missing.map((p) => ({ field: 'parties', message: `缺少当事人 ${p.name}` })),
      ...unknown.map((p) => ({ field: `parties[${given.get(p.partyId)!.index}].partyId`, message: '不是本案当事人' })),
    ])
  }
  const fileIds = body.parties.flatMap((p) => p.idProofFileIds)
  const files = await tx
    .selectFrom('files')
    .select('id')
    .where('case_id', '=', caseId)
    .where('id', 'in', fileIds)
    .where(sharedCaseFile) // attachments reach every party and the court: no caucus (背靠背) files
    .execute()
  const known = new Set(files.map((f) => f.id))
  const bad = body.parties.flatMap((p, i) =>
    p.idProofFileIds
      .filter((id) => !known.has(id))
      .map(() => ({ field: `parties[${i}].idProofFileIds`, message: '文件不属于本案' })),
  )
  if (bad.length) throw badRequest('APPLICATION_FILE_INVALID', '身份证明材料须先上传到本案', bad)

  const committeeName = kase.committee_name ?? '人民调解委员会'
  return {
    courtName: input.courtName,
    committeeName,
    caseNumber: kase.case_number,
    agreementTitle: agreement.title,
    agreementDate: chinaDate(agreement.effectiveAt!),
    agreementSummary: agreement.clauses.filter((c) => c.key.startsWith('term-')).map((c) => `${c.label} ${c.text}`),
    disputeSummary: agreement.content.facts || kase.narrative || kase.title,
    applicants: parties.map((p) => ({
      partyId: p.id,
      role: p.role,
      name: p.name,
      address: given.get(p.id)!.address,
      phone: p.phone ?? '',
      serviceAddress: p.service_phone ? `在线调解平台站内送达箱；手机 ${p.service_phone}` : '在线调解平台站内送达箱',
    })),
    attachments: [
      { label: `《${agreement.title}》（电子签章，第 ${agreement.version} 版）`, fileId: null },
      { label: `${committeeName}主持调解的证明（协议加盖调委会电子印章）`, fileId: null },
      ...body.parties.flatMap((p) => {
        const name = parties.find((q) => q.id === p.partyId)!.name
        return p.idProofFileIds.map((fileId) => ({ label: `${name}身份证明`, fileId }))
      }),
    ],
    date: chinaDate(input.now),
  }
}
