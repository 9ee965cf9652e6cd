import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DEMO } from '../../helpers/test-app'
import { insertCase } from './case-fixture'
import { createCase, OUTSIDER_PHONE, SharedDatabase, type CaseFixture, type Instance } from './session-harness'
import { isReady, RoomClient } from './ws-client'

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../domain/files/fixtures', name))

/** A multipart body as Taro.uploadFile (WeChat) and the H5 FormData upload send it. */
function multipart(file: { data: Buffer; contentType: string; filename: string }) {
  const boundary = `----tiaojie${randomBytes(8).toString('hex')}`
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`
  return {
    payload: Buffer.concat([Buffer.from(head), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

/** Voice messages end to end on the server: real uploads through the files module, then the message. */
describe('session voice messages', () => {
  const shared = new SharedDatabase()
  let app: Instance
  let fixtureCase: CaseFixture
  let otherCaseId: string

  beforeAll(async () => {
    await shared.prepare()
    app = await shared.instance()
    fixtureCase = await createCase(app)
    otherCaseId = await insertCase(app.database.db, {
      committeeId: null,
      createdBy: fixtureCase.users.applicant,
      parties: [{ role: 'applicant', userId: fixtureCase.users.applicant, name: '王秀英' }],
      staff: [],
    })
  })
  afterAll(() => shared.close())

  const upload = async (phone: string, name: string, contentType: string, caseId = fixtureCase.caseId) => {
    const body = multipart({ data: fixture(name), contentType, filename: name })
    return app.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/files?kind=audio`,
      headers: { ...(await app.bearer(phone)), 'content-type': body.contentType },
      payload: body.payload,
    })
  }
  const uploadId = async (phone: string, name: string, contentType: string, caseId?: string) => {
    const res = await upload(phone, name, contentType, caseId)
    expect(res.statusCode).toBe(201)
    return res.json().id as string
  }
  const send = async (phone: string, payload: Record<string, unknown>) =>
    app.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/rooms/${fixtureCase.jointRoomId}/messages`,
      headers: await app.bearer(phone),
      payload,
    })

  it.each([
    ['H5 Chromium MediaRecorder (WebM/Opus)', 'tone.webm', 'audio/webm;codecs=opus', 'audio/webm'],
    ['H5 Firefox MediaRecorder (Ogg/Opus)', 'tone.ogg', 'audio/ogg;codecs=opus', 'audio/ogg'],
    ['weapp recorder, format mp3', 'tone.mp3', 'application/octet-stream', 'audio/mpeg'],
    ['weapp recorder, format aac (M4A container)', 'tone.m4a', 'audio/aac', 'audio/mp4'],
  ])('accepts a recording from %s and sends it as a voice message', async (_from, name, declared, stored) => {
    const res = await upload(DEMO.resident, name, declared)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'audio', contentType: stored })
    const clientMsgId = `voice-${name.replace(/\W/g, '')}-${Date.now()}`
    const sent = await send(DEMO.resident, { clientMsgId, kind: 'voice', fileId: res.json().id, durationSec: 7 })
    expect(sent.statusCode).toBe(200)
    expect(sent.json().message).toMatchObject({
      kind: 'voice',
      fileId: res.json().id,
      durationSec: 7,
      senderUserId: fixtureCase.users.applicant,
    })
  })

  it('refuses a non-audio file offered as a recording at upload', async () => {
    const body = multipart({ data: fixture('photo.png'), contentType: 'audio/webm', filename: 'voice.webm' })
    const res = await app.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${fixtureCase.caseId}/files?kind=audio`,
      headers: { ...(await app.bearer(DEMO.resident)), 'content-type': body.contentType },
      payload: body.payload,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('FILE_TYPE_MISMATCH')
  })

  it('refuses a voice message without a valid audio file of this case, naming the field', async () => {
    const mine = await uploadId(DEMO.resident, 'tone.mp3', 'audio/mpeg')
    const theirs = await uploadId(DEMO.resident2, 'tone.webm', 'audio/webm')
    const elsewhere = await uploadId(DEMO.resident, 'tone.ogg', 'audio/ogg', otherCaseId)
    const photoBody = multipart({ data: fixture('photo.jpg'), contentType: 'image/jpeg', filename: 'p.jpg' })
    const photo = await app.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${fixtureCase.caseId}/files?kind=image`,
      headers: { ...(await app.bearer(DEMO.resident)), 'content-type': photoBody.contentType },
      payload: photoBody.payload,
    })
    expect(photo.statusCode).toBe(201)

    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['no file', { kind: 'voice', durationSec: 3 }, 'MESSAGE_FILE_REQUIRED', 'fileId'],
      ['no duration', { kind: 'voice', fileId: mine }, 'VOICE_DURATION_REQUIRED', 'durationSec'],
      ['unknown file', { kind: 'voice', fileId: 'no-such-file', durationSec: 3 }, 'FILE_NOT_FOUND', 'fileId'],
      ['file of another case', { kind: 'voice', fileId: elsewhere, durationSec: 3 }, 'FILE_NOT_FOUND', 'fileId'],
      ['a photo', { kind: 'voice', fileId: photo.json().id, durationSec: 3 }, 'FILE_KIND_MISMATCH', 'fileId'],
      [
        "the other party's recording",
        { kind: 'voice', fileId: theirs, durationSec: 3 },
        'VOICE_FILE_NOT_OWN',
        'fileId',
      ],
      ['zero seconds', { kind: 'voice', fileId: mine, durationSec: 0 }, 'VALIDATION_FAILED', 'durationSec'],
    ]
    for (const [what, payload, code, field] of cases) {
      const res = await send(DEMO.resident, { clientMsgId: `bad-voice-${randomBytes(4).toString('hex')}`, ...payload })
      expect({ what, status: res.statusCode, code: res.json().code }).toEqual({ what, status: 400, code })
      expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/)
      expect(JSON.stringify(res.json().details)).toContain(field)
    }
    // The other party's own recording is theirs to send.
    const ok = await send(DEMO.resident2, {
      clientMsgId: 'voice-theirs-01',
      kind: 'voice',
      fileId: theirs,
      durationSec: 2,
    })
    expect(ok.statusCode).toBe(200)
  })

  it('answers a bad voice frame on the socket with the code and the clientMsgId, and stores nothing', async () => {
    const photoBody = multipart({ data: fixture('photo.jpg'), contentType: 'image/jpeg', filename: 'p.jpg' })
    const photo = await app.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${fixtureCase.caseId}/files?kind=image`,
      headers: { ...(await app.bearer(DEMO.mediator)), 'content-type': photoBody.contentType },
      payload: photoBody.payload,
    })
    const voice = await uploadId(DEMO.mediator, 'tone.webm', 'audio/webm')
    const client = RoomClient.connect(app.socketUrl(fixtureCase.jointRoomId), await app.token(DEMO.mediator))
    const ready = await client.waitFor(isReady)
    client.send({ type: 'resume', afterSeq: ready.lastSeq })
    await client.waitFor((f) => f.type === 'resumed')

    client.send({
      type: 'send',
      clientMsgId: 'sock-voice-bad1',
      kind: 'voice',
      fileId: photo.json().id,
      durationSec: 4,
    })
    const refused = await client.waitFor((f) => f.type === 'error' && f.clientMsgId === 'sock-voice-bad1')
    expect(refused).toMatchObject({ code: 'FILE_KIND_MISMATCH', field: 'fileId' })

    client.send({ type: 'send', clientMsgId: 'sock-voice-ok01', kind: 'voice', fileId: voice, durationSec: 4 })
    await client.waitFor((f) => f.type === 'ack' && f.clientMsgId === 'sock-voice-ok01')
    const stored = await client.waitFor((f) => f.type === 'message' && f.message.clientMsgId === 'sock-voice-ok01')
    expect(stored.type === 'message' && stored.message).toMatchObject({ kind: 'voice', fileId: voice, durationSec: 4 })
    const refusedRows = await app.database.db
      .selectFrom('session_messages')
      .select('seq')
      .where('client_msg_id', '=', 'sock-voice-bad1')
      .execute()
    expect(refusedRows).toHaveLength(0)
    await client.close()
  })

  it('lets every room member download the recording, and nobody outside the case', async () => {
    const voice = await uploadId(DEMO.resident, 'tone.webm', 'audio/webm')
    for (const [phone, status] of [
      [DEMO.resident2, 200],
      [DEMO.mediator, 200],
      [OUTSIDER_PHONE, 404],
    ] as const) {
      const res = await app.app.inject({
        method: 'GET',
        url: `/api/v1/files/${voice}`,
        headers: await app.bearer(phone),
      })
      expect({ phone, status: res.statusCode }).toEqual({ phone, status })
      if (status === 200) expect(res.headers['content-type']).toBe('audio/webm')
    }
  })
})
