import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BUNDLE_PATHS, type BundleManifest } from '../../src/domain/signing/bundle-manifest'
import { readTar } from '../../src/domain/signing/tar'
import { caseEvidenceFiles } from '../../src/services/mediation-record/load-sources'
import { loadCaseForOpinion } from '../../src/services/opinions/load-case'
import { DEMO } from '../helpers/test-app'
import { insertCase } from './sessions/case-fixture'
import { createCase, SharedDatabase, type CaseFixture, type Instance } from './sessions/session-harness'

const fixture = (name: string) => readFileSync(path.join(__dirname, '../domain/files/fixtures', name))

function multipart(data: Buffer, contentType: string, filename: string) {
  const boundary = `----tiaojie${randomBytes(8).toString('hex')}`
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

/**
 * Files sent in a caucus room (背靠背: the mediator and one party) are confidential to that room: the other
 * party, the committee admin and other case staff neither list nor download them, nor get them in a bundle,
 * and they cannot be sent into another room. Files of the joint room stay visible to the whole case.
 */
describe('caucus files', () => {
  const shared = new SharedDatabase()
  let app: Instance
  let c: CaseFixture
  let applicantCaucus: string
  let respondentCaucus: string
  let otherCaseRoom: string
  let caucusPhoto: string
  let caucusVoice: string
  let jointPhoto: string

  const upload = async (phone: string, query: string, file = 'photo.png', type = 'image/png', caseId = c.caseId) => {
    const body = multipart(fixture(file), type, file)
    return app.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/files?${query}`,
      headers: { ...(await app.bearer(phone)), 'content-type': body.contentType },
      payload: body.payload,
    })
  }
  const uploaded = async (phone: string, query: string, file?: string, type?: string) => {
    const res = await upload(phone, query, file, type)
    expect(res.statusCode).toBe(201)
    return res.json() as { id: string; roomId: string | null; caucus: boolean }
  }
  const openCaucus = async (partyUserId: string, caseId = c.caseId) => {
    const res = await app.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/cases/${caseId}/caucus`,
      headers: await app.bearer(DEMO.mediator),
      payload: { partyUserId },
    })
    expect(res.statusCode).toBe(200)
    return res.json().id as string
  }
  const listIds = async (phone: string) => {
    const res = await app.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${c.caseId}/files`,
      headers: await app.bearer(phone),
    })
    expect(res.statusCode).toBe(200)
    return (res.json().items as Array<{ id: string }>).map((f) => f.id)
  }
  const download = async (phone: string, id: string, headers: Record<string, string> = {}) =>
    app.app.inject({ method: 'GET', url: `/api/v1/files/${id}`, headers: { ...(await app.bearer(phone)), ...headers } })
  const send = async (phone: string, roomId: string, payload: Record<string, unknown>) =>
    app.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/rooms/${roomId}/messages`,
      headers: await app.bearer(phone),
      payload: { clientMsgId: `m-${randomBytes(6).toString('hex')}`, ...payload },
    })

  beforeAll(async () => {
    await shared.prepare()
    app = await shared.instance()
    c = await createCase(app)
    applicantCaucus = await openCaucus(c.users.applicant)
    respondentCaucus = await openCaucus(c.users.respondent)
    const otherCase = await insertCase(app.database.db, {
      committeeId: null,
      createdBy: c.users.applicant,
      parties: [{ role: 'applicant', userId: c.users.applicant, name: '王秀英' }],
      staff: [{ role: 'mediator', userId: c.users.mediator }],
    })
    otherCaseRoom = await openCaucus(c.users.applicant, otherCase)

    const photo = await uploaded(DEMO.resident, `kind=image&roomId=${applicantCaucus}`, 'photo.jpg', 'image/jpeg')
    expect(photo).toMatchObject({ roomId: applicantCaucus, caucus: true })
    caucusPhoto = photo.id
    caucusVoice = (await uploaded(DEMO.mediator, `kind=audio&roomId=${applicantCaucus}`, 'tone.mp3', 'audio/mpeg')).id
    const joint = await uploaded(DEMO.resident, `kind=image&roomId=${c.jointRoomId}`)
    expect(joint).toMatchObject({ roomId: c.jointRoomId, caucus: false })
    jointPhoto = joint.id
  })
  afterAll(() => shared.close())

  it.each([
    ['the caucus party', DEMO.resident, true],
    ['the mediator', DEMO.mediator, true],
    ['the other party', DEMO.resident2, false],
    ['the committee admin (not a caucus member)', DEMO.committeeAdmin, false],
    ['the court clerk on the case', DEMO.courtClerk, false],
  ])('lists caucus files only to its members: %s', async (_who, phone, seesCaucus) => {
    const ids = await listIds(phone)
    expect(ids).toContain(jointPhoto)
    expect(ids.includes(caucusPhoto)).toBe(seesCaucus)
    expect(ids.includes(caucusVoice)).toBe(seesCaucus)
  })

  it('lets the caucus members download a caucus file; to anyone else it does not exist (404)', async () => {
    for (const phone of [DEMO.resident, DEMO.mediator]) {
      const res = await download(phone, caucusPhoto)
      expect(res.statusCode).toBe(200)
      expect(res.rawPayload.equals(fixture('photo.jpg'))).toBe(true)
    }
    const unknown = await download(DEMO.resident2, 'no-such-file')
    for (const phone of [DEMO.resident2, DEMO.committeeAdmin, DEMO.courtClerk]) {
      for (const id of [caucusPhoto, caucusVoice]) {
        const res = await download(phone, id)
        expect(res.statusCode).toBe(404)
        expect(res.json()).toEqual(unknown.json())
      }
    }
    // A conditional request learns nothing either (no 304 with the file's hash).
    const sha = (await download(DEMO.resident, caucusPhoto)).headers.etag as string
    const conditional = await download(DEMO.resident2, caucusPhoto, { 'if-none-match': sha })
    expect(conditional.statusCode).toBe(404)
  })

  it('keeps a joint-room file visible to both parties', async () => {
    for (const phone of [DEMO.resident, DEMO.resident2, DEMO.committeeAdmin]) {
      expect((await download(phone, jointPhoto)).statusCode).toBe(200)
    }
  })

  it.each([
    ["another party's caucus", DEMO.resident2, () => applicantCaucus],
    ['a room of another case', DEMO.resident, () => otherCaseRoom],
    ['a room that does not exist', DEMO.resident, () => 'no-such-room'],
  ])('refuses an upload into %s with 404 ROOM_NOT_FOUND', async (_what, phone, room) => {
    const before = await listIds(DEMO.mediator)
    const res = await upload(phone, `kind=image&roomId=${room()}`)
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('ROOM_NOT_FOUND')
    expect(await listIds(DEMO.mediator)).toEqual(before)
  })

  it('sends a caucus file in its own room only', async () => {
    const inRoom = await send(DEMO.resident, applicantCaucus, { kind: 'image', fileId: caucusPhoto })
    expect(inRoom.statusCode).toBe(200)

    const toJoint = await send(DEMO.resident, c.jointRoomId, { kind: 'image', fileId: caucusPhoto })
    expect(toJoint.statusCode).toBe(400)
    expect(toJoint.json()).toMatchObject({ code: 'CAUCUS_FILE_ELSEWHERE', details: [{ field: 'fileId' }] })
    const toOtherCaucus = await send(DEMO.mediator, respondentCaucus, { kind: 'image', fileId: caucusPhoto })
    expect(toOtherCaucus.json().code).toBe('CAUCUS_FILE_ELSEWHERE')
    // The other party is not told the file exists.
    const byOutsider = await send(DEMO.resident2, c.jointRoomId, { kind: 'image', fileId: caucusPhoto })
    expect(byOutsider.statusCode).toBe(400)
    expect(byOutsider.json().code).toBe('FILE_NOT_FOUND')

    // Into a caucus only files uploaded for it: anything else is already visible to the whole case.
    for (const fileId of [jointPhoto, (await uploaded(DEMO.resident, 'kind=image')).id]) {
      const shared = await send(DEMO.resident, applicantCaucus, { kind: 'image', fileId })
      expect(shared.statusCode).toBe(400)
      expect(shared.json()).toMatchObject({ code: 'CAUCUS_FILE_NOT_FROM_ROOM', details: [{ field: 'fileId' }] })
    }

    const voice = await send(DEMO.mediator, applicantCaucus, { kind: 'voice', fileId: caucusVoice, durationSec: 9 })
    expect(voice.statusCode).toBe(200)
    const voiceToJoint = await send(DEMO.mediator, c.jointRoomId, {
      kind: 'voice',
      fileId: caucusVoice,
      durationSec: 9,
    })
    expect(voiceToJoint.json().code).toBe('CAUCUS_FILE_ELSEWHERE')
  })

  it('refuses a voice message longer than the 60 s recording limit (5 s tolerance)', async () => {
    const voice = (await uploaded(DEMO.resident, `kind=audio&roomId=${c.jointRoomId}`, 'tone.ogg', 'audio/ogg')).id
    const tooLong = await send(DEMO.resident, c.jointRoomId, { kind: 'voice', fileId: voice, durationSec: 66 })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.json()).toMatchObject({
      code: 'VOICE_TOO_LONG',
      message: '语音消息最长 60 秒，请分段录制',
      details: [{ field: 'durationSec' }],
    })
    const atTolerance = await send(DEMO.resident, c.jointRoomId, { kind: 'voice', fileId: voice, durationSec: 65 })
    expect(atTolerance.statusCode).toBe(200)
    expect(atTolerance.json().message).toMatchObject({ kind: 'voice', durationSec: 65 })
  })

  it("leaves another party's caucus files out of a party's case bundle", async () => {
    const evidenceHashes = async (phone: string) => {
      const res = await app.app.inject({
        method: 'GET',
        url: `/api/v1/cases/${c.caseId}/bundle`,
        headers: await app.bearer(phone),
      })
      expect(res.statusCode).toBe(200)
      const entries = readTar(res.rawPayload)
      const manifest = JSON.parse(
        entries.find((e) => e.path === BUNDLE_PATHS.manifest)!.data.toString('utf8'),
      ) as BundleManifest
      const evidence = manifest.files.filter((f) => f.path.startsWith('evidence/'))
      // Each listed evidence file is really in the archive.
      for (const f of evidence) expect(entries.some((e) => e.path === f.path)).toBe(true)
      return evidence.map((f) => f.sha256)
    }
    const rows = await app.database.db
      .selectFrom('files')
      .select(['id', 'sha256'])
      .where('id', 'in', [caucusPhoto, caucusVoice, jointPhoto])
      .execute()
    const sha = (id: string) => rows.find((r) => r.id === id)!.sha256
    const caucus = [sha(caucusPhoto), sha(caucusVoice)]
    const party = await evidenceHashes(DEMO.resident2)
    expect(party).toContain(sha(jointPhoto))
    for (const hash of caucus) expect(party).not.toContain(hash)
    expect(await evidenceHashes(DEMO.committeeAdmin)).not.toContain(sha(caucusVoice))
    for (const phone of [DEMO.resident, DEMO.mediator]) {
      expect(await evidenceHashes(phone)).toEqual(expect.arrayContaining([...caucus, sha(jointPhoto)]))
    }
  })

  it('keeps caucus files out of what every party receives: the record evidence, the opinion, served documents', async () => {
    const evidence = (await caseEvidenceFiles(app.database.db, c.caseId)).map((f) => f.id)
    expect(evidence).toContain(jointPhoto)
    expect(evidence).not.toContain(caucusPhoto)
    expect(evidence).not.toContain(caucusVoice)
    const opinion = await loadCaseForOpinion(app.database, c.caseId)
    expect(opinion!.uploadedFiles).toContain('photo.png')
    expect(opinion!.uploadedFiles).not.toEqual(expect.arrayContaining(['photo.jpg']))
    expect(opinion!.uploadedFiles).not.toEqual(expect.arrayContaining(['tone.mp3']))

    const serve = async (fileId: string) =>
      app.app.inject({
        method: 'POST',
        url: `/api/v1/inbox/cases/${c.caseId}/serve`,
        headers: await app.bearer(DEMO.mediator),
        payload: { kind: 'notice', title: '履行告知书', fileId },
      })
    const caucusPdf = await uploaded(
      DEMO.mediator,
      `kind=pdf&roomId=${applicantCaucus}`,
      'agreement.pdf',
      'application/pdf',
    )
    const refused = await serve(caucusPdf.id)
    expect(refused.statusCode).toBe(400)
    expect(refused.json().code).toBe('SERVE_FILE_INVALID')
    const casePdf = await uploaded(DEMO.mediator, 'kind=pdf', 'agreement.pdf', 'application/pdf')
    expect(casePdf).toMatchObject({ roomId: null, caucus: false })
    expect((await serve(casePdf.id)).statusCode).toBe(200)
  })

  it('records the room in the upload audit entry', async () => {
    const entry = await app.database.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'file.upload')
      .where('entity_id', '=', caucusPhoto)
      .executeTakeFirstOrThrow()
    expect(JSON.parse(entry.data as string)).toMatchObject({ caseId: c.caseId, roomId: applicantCaucus })
  })
})
