import type { AgreementContent, AgreementVersion } from '@contract/agreements'
import { newId } from '../../../src/lib/ids'
import type { TestApp } from '../../helpers/test-app'
import { createSigningCase, signFully, type SigningCase } from '../../services/signing/signing-fixture'
import { call, confirmByParties, draftAgreement, wageContent } from '../agreements/agreement-http'

export interface EffectiveCase {
  c: SigningCase
  version: AgreementVersion
  partyIds: { applicant: string; respondent: string }
}

/** A case whose agreement went through the real drafting, confirmation and signing flow: it is in effect. */
export async function effectiveAgreement(
  t: TestApp,
  edit: (content: AgreementContent) => AgreementContent = (x) => x,
): Promise<EffectiveCase> {
  const c = await createSigningCase(t, `（2026）九杨调字第${Math.random().toString().slice(2, 9)}号`)
  const content = await wageContent(t, c)
  const drafted = await draftAgreement(t, c, edit(content))
  const confirmed = await confirmByParties(t, c, drafted)
  await signFully(t, c, { rowId: confirmed.documentRowId, sha256: confirmed.sha256 })
  const term = content.terms[0]
  return { c, version: confirmed, partyIds: { applicant: term.payeePartyId!, respondent: term.payerPartyId } }
}

/** A file row of the case (an uploaded ID proof or receipt photo; the bytes are not needed by these flows). */
export async function insertFile(t: TestApp, caseId: string, uploadedBy: string, contentType = 'image/jpeg') {
  const id = newId()
  await t.database.db
    .insertInto('files')
    .values({
      id,
      storage_key: `evidence/${id}`,
      case_id: caseId,
      uploaded_by: uploadedBy,
      kind: contentType === 'application/pdf' ? 'pdf' : 'image',
      content_type: contentType,
      size: 10,
      sha256: '0'.repeat(64),
      original_name: 'id.jpg',
      created_at: t.clock.now().toISOString(),
    })
    .execute()
  return id
}

/** The joint application body for the fixture's two parties. */
export async function applicationBody(t: TestApp, e: EffectiveCase, courtId: string, domicile?: string) {
  const proof = async (who: 'applicant' | 'respondent') => insertFile(t, e.c.caseId, e.c.users[who].userId)
  return {
    courtId,
    parties: [
      {
        partyId: e.partyIds.applicant,
        address: '重庆市九龙坡区杨家坪街道团结路1号',
        idProofFileIds: [await proof('applicant')],
        ...(domicile ? { domicileRegionCode: domicile } : {}),
      },
      {
        partyId: e.partyIds.respondent,
        address: '重庆市九龙坡区谢家湾正街2号',
        idProofFileIds: [await proof('respondent')],
      },
    ],
  }
}

export async function districtCourtId(t: TestApp): Promise<string> {
  const row = await t.database.db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', '重庆市九龙坡区人民法院')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Calls a /judicial, /inbox or /performance URL as a fixture user (or a demo phone). */
export async function api(
  t: TestApp,
  e: EffectiveCase,
  who: keyof SigningCase['users'] | { phone: string },
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) {
  const phone = typeof who === 'string' ? e.c.users[who].phone : who.phone
  const headers = await t.authHeader(phone)
  return t.app.inject({ method, url: `/api/v1${url}`, headers, payload: payload as object })
}

export { call }
