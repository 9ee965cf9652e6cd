import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { MediationRecord } from '@contract/mediation-record'
import type { CreateReferralBody } from '@contract/referrals'
import { idNumberCheckChar } from '../../../src/domain/identity/id-number'
import { DEMO, type TestApp } from '../../helpers/test-app'
import { makePng } from '../../services/signing/png-fixture'
import { acceptAndAssign, get, post, referredAndClaimed } from '../referrals/referral-fixtures'

/** A referred wage case, claimed by both residents and mediated by the demo mediator. */
export async function mediatedCase(t: TestApp, overrides: Partial<CreateReferralBody> = {}): Promise<string> {
  const caseId = await referredAndClaimed(t, overrides)
  await acceptAndAssign(t, caseId)
  return caseId
}

export const validIdNumber = (birth = '19650312', seq = '123') => {
  const first17 = `500107${birth}${seq}`
  return first17 + idNumberCheckChar(first17)
}

export async function verifyRealName(t: TestApp, phone: string, name: string, idNumber = validIdNumber()) {
  const res = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/me/real-name',
    headers: await t.authHeader(phone),
    payload: { name, idNumber },
  })
  if (res.statusCode !== 200) throw new Error(`real-name failed: ${res.body}`)
}

/** Text messages in the joint room, each a minute after the last. */
export async function say(t: TestApp, caseId: string, lines: [phone: string, text: string][]) {
  const rooms = await get(t, DEMO.mediator, `/api/v1/sessions/cases/${caseId}/rooms`)
  const joint = (rooms.json().items as { id: string; kind: string }[]).find((r) => r.kind === 'joint')!
  for (const [phone, text] of lines) {
    t.clock.advance(60)
    const res = await post(t, phone, `/api/v1/sessions/rooms/${joint.id}/messages`, {
      clientMsgId: randomBytes(8).toString('hex'),
      kind: 'text',
      text,
    })
    if (res.statusCode >= 300) throw new Error(`message failed: ${res.body}`)
  }
  return joint.id
}

export async function addFact(t: TestApp, caseId: string, phone: string, key: string, statement: string) {
  const res = await post(t, phone, `/api/v1/cases/${caseId}/fact-sheet/facts`, { key, statement })
  if (res.statusCode >= 300) throw new Error(`fact failed: ${res.body}`)
  return res.json().id as string
}

export async function markFact(t: TestApp, caseId: string, phone: string, factId: string, body: object) {
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/cases/${caseId}/fact-sheet/facts/${factId}/mark`,
    headers: await t.authHeader(phone),
    payload: body,
  })
  if (res.statusCode >= 300) throw new Error(`mark failed: ${res.body}`)
}

/** Uploads a PNG to the case as a party would (multipart, as WeChat's uploadFile sends it). */
export async function uploadEvidence(t: TestApp, caseId: string, phone: string, filename: string): Promise<string> {
  const boundary = `----tiaojie${randomBytes(8).toString('hex')}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    makePng(40, 20, 3),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/files`,
    headers: { ...(await t.authHeader(phone)), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  })
  if (res.statusCode >= 300) throw new Error(`upload failed: ${res.body}`)
  return res.json().id as string
}

export const recordUrl = (caseId: string, rest = '') => `/api/v1/cases/${caseId}/mediation-record${rest}`

export async function generate(t: TestApp, caseId: string): Promise<MediationRecord> {
  const res = await post(t, DEMO.mediator, recordUrl(caseId))
  if (res.statusCode !== 201) throw new Error(`generate failed: ${res.body}`)
  return res.json()
}

export async function confirm(t: TestApp, caseId: string, phone: string, record: MediationRecord) {
  return post(t, phone, recordUrl(caseId, '/confirm'), { version: record.version, sha256: record.sha256 })
}

export async function save(t: TestApp, caseId: string, phone: string, record: MediationRecord, content: object) {
  return t.app.inject({
    method: 'PUT',
    url: recordUrl(caseId),
    headers: await t.authHeader(phone),
    payload: { baseVersion: record.version, content },
  })
}

/** Text of a PDF as poppler's pdftotext extracts it, without line breaks and spaces. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-pdf-'))
  try {
    const file = path.join(dir, 'record.pdf')
    writeFileSync(file, pdf)
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
