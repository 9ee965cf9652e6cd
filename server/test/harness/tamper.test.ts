import fc from 'fast-check'
import { verifyBundle } from '../../src/domain/signing/verify-bundle'
import { signingFor } from '../../src/services/signing/create-signing'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'
import { addVersion, createSigningCase, signFully } from '../services/signing/signing-fixture'
import { multipartPdf } from '../routes/verify/multipart'
import { databaseName, writeReliabilityBlock } from './reliability-report'

const SEED = Number(process.env.TAMPER_SEED ?? 20261207)
const PDF_FLIPS = 256
const BUNDLE_FLIPS = 256
const PER_ENTRY_FLIPS = 8

interface TarEntryRange {
  path: string
  header: number
  start: number
  size: number
}

/** Where each entry's header and content bytes sit in a ustar archive (content only: padding is not content). */
function tarLayout(tar: Buffer): TarEntryRange[] {
  const entries: TarEntryRange[] = []
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((b) => b === 0)) break
    const path = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '')
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8)
    entries.push({ path: prefix ? `${prefix}/${path}` : path, header: offset, start: offset + 512, size })
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return entries
}

/** One byte changed to a different value: the position and the (non-zero) XOR applied. */
const flip = (file: Buffer, position: number, xor: number) => {
  const copy = Buffer.from(file)
  copy[position] ^= xor
  return copy
}

/**
 * The tamper harness (issue 11): a real sealed agreement PDF and a real case bundle, produced by the app through
 * drafting, every party's signature and the committee seal, each get hundreds of random one-byte changes; every
 * change must be detected by the public verification service (PDF) and the offline bundle check (bundle tar).
 */
describe(`tamper evidence of sealed documents (${databaseName()})`, () => {
  jest.setTimeout(10 * 60_000)
  let t: TestApp
  let pdf: Buffer
  let tar: Buffer

  beforeAll(async () => {
    t = await buildTestApp()
    const c = await createSigningCase(t)
    const doc = await addVersion(t, c)
    await signFully(t, c, doc)
    const headers = await t.authHeader(DEMO.resident)
    const signed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${c.caseId}/documents/${doc.rowId}/signed.pdf`,
      headers,
    })
    expect(signed.statusCode).toBe(200)
    pdf = signed.rawPayload
    const bundle = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${c.caseId}/bundle`,
      headers: await t.authHeader(DEMO.mediator),
    })
    expect(bundle.statusCode).toBe(200)
    tar = bundle.rawPayload
  })
  afterAll(() => t.close())

  const flips = (size: number, count: number, seed: number) =>
    fc.sample(fc.record({ position: fc.nat({ max: size - 1 }), xor: fc.integer({ min: 1, max: 255 }) }), {
      seed,
      numRuns: count,
    })

  it(`detects ${PDF_FLIPS} random one-byte changes of a sealed agreement PDF, through the public verifier`, async () => {
    const { verification, key } = signingFor(t.app)
    expect(await verification.verifyFile(pdf)).toMatchObject({ valid: true })
    let detected = 0
    const problems = new Map<string, number>()
    const missed: number[] = []
    for (const { position, xor } of flips(pdf.length, PDF_FLIPS, SEED)) {
      const answer = await verification.verifyFile(flip(pdf, position, xor))
      if (answer.valid) missed.push(position)
      else {
        detected++
        const code = answer.problem?.code ?? 'INVALID'
        problems.set(code, (problems.get(code) ?? 0) + 1)
      }
    }
    // The same check through POST /api/v1/verify, as a person uploading the file would run it.
    let viaHttp = 0
    for (const { position, xor } of flips(pdf.length, 10, SEED + 1)) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/verify',
        remoteAddress: `198.51.100.${viaHttp + 1}`,
        ...multipartPdf(flip(pdf, position, xor)),
      })
      expect(res.statusCode).toBe(200)
      if (res.json().valid === false) viaHttp++
    }
    writeReliabilityBlock(
      'Tamper',
      `tamper-pdf-${databaseName().toLowerCase()}`,
      [
        `### Sealed agreement PDF (${databaseName()})`,
        '',
        `\`server/test/harness/tamper.test.ts\`, seed ${SEED}, ${new Date().toISOString().slice(0, 10)}: a ${pdf.length}-byte PDF sealed`,
        `by the app (2 parties, mediator, committee seal); ${PDF_FLIPS} one-byte changes at random positions checked by the`,
        `verification service, 10 more through \`POST /api/v1/verify\`. Ed25519 key ${key.fingerprint.slice(0, 16)}….`,
        '',
        '| changes | detected | detected through the route | problems reported |',
        '|---|---|---|---|',
        `| ${PDF_FLIPS} + 10 | ${detected} (${((detected / PDF_FLIPS) * 100).toFixed(1)}%) | ${viaHttp}/10 | ${[...problems].map(([c, n]) => `${c} ${n}`).join(', ')} |`,
      ].join('\n'),
    )
    expect(missed).toEqual([])
    expect(viaHttp).toBe(10)
  })

  it(`detects ${BUNDLE_FLIPS} random one-byte changes of a case bundle’s content, offline`, () => {
    const { key } = signingFor(t.app)
    expect(verifyBundle(tar, key.publicKey).valid).toBe(true)
    expect(verifyBundle(tar).valid).toBe(true)
    const entries = tarLayout(tar).filter((e) => e.size > 0)
    expect(entries.map((e) => e.path)).toEqual(expect.arrayContaining(['manifest.json', 'audit.json']))
    const contentSize = entries.reduce((n, e) => n + e.size, 0)
    const at = (index: number) => {
      for (const entry of entries) {
        if (index < entry.size) return entry.start + index
        index -= entry.size
      }
      throw new Error('outside the content')
    }
    const changes = flips(contentSize, BUNDLE_FLIPS, SEED + 2).map(({ position, xor }) => ({
      position: at(position),
      xor,
    }))
    entries.forEach((entry, i) => {
      for (const { position, xor } of flips(entry.size, PER_ENTRY_FLIPS, SEED + 10 + i))
        changes.push({ position: entry.start + position, xor })
    })
    const headerChanges = flips(entries.length * 512, 32, SEED + 3).map(({ position, xor }) => ({
      position: entries[Math.floor(position / 512)].header + (position % 512),
      xor,
    }))
    const missed: string[] = []
    let detectedTrusted = 0
    let detectedOffline = 0
    for (const { position, xor } of [...changes, ...headerChanges]) {
      const tampered = flip(tar, position, xor)
      const trusted = !verifyBundle(tampered, key.publicKey).valid
      const offline = !verifyBundle(tampered).valid // the documented form: the key inside the bundle
      if (trusted) detectedTrusted++
      if (offline) detectedOffline++
      if (!trusted || !offline)
        missed.push(`${entries.find((e) => position < e.start + Math.max(e.size, 1))?.path ?? '?'} @${position}`)
    }
    const total = changes.length + headerChanges.length
    writeReliabilityBlock(
      'Tamper',
      `tamper-bundle-${databaseName().toLowerCase()}`,
      [
        `### Case bundle (${databaseName()})`,
        '',
        `Seed ${SEED + 2}: the app's ${tar.length}-byte bundle tar (${entries.length} files: ${entries.map((e) => e.path).join(', ')}).`,
        `${BUNDLE_FLIPS} one-byte changes at random positions of the files' content, ${PER_ENTRY_FLIPS} more inside each file, and`,
        `32 in the tar headers, each checked by \`verifyBundle\` (the logic of \`scripts/verify-bundle.ts\`) with the`,
        'platform key and, as documented for offline use, with the key inside the bundle.',
        '',
        '| changes | detected (platform key) | detected (key in bundle) |',
        '|---|---|---|',
        `| ${total} | ${detectedTrusted} (${((detectedTrusted / total) * 100).toFixed(1)}%) | ${detectedOffline} (${((detectedOffline / total) * 100).toFixed(1)}%) |`,
      ].join('\n'),
    )
    expect(missed).toEqual([])
  })
})
