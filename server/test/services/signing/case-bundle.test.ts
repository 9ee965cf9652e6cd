import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { newId } from '../../../src/lib/ids'
import { readTar, writeTar } from '../../../src/domain/signing/tar'
import { verifyBundle } from '../../../src/domain/signing/verify-bundle'
import { createStorage } from '../../../src/services/storage/create-storage'
import { newStorageKey } from '../../../src/services/storage/storage-keys'
import { signingFor } from '../../../src/services/signing/create-signing'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { addVersion, createSigningCase, makePng, signFully, type SigningCase } from './signing-fixture'

describe('case bundle', () => {
  let t: TestApp
  let c: SigningCase
  let tar: Buffer
  const photo = makePng(64, 64, 9)

  beforeAll(async () => {
    t = await buildTestApp()
    c = await createSigningCase(t)
    const storage = createStorage(t.config)
    const key = newStorageKey()
    const stored = await storage.put(key, photo, { contentType: 'image/png' })
    await t.database.db
      .insertInto('files')
      .values({
        id: newId(),
        storage_key: key,
        case_id: c.caseId,
        uploaded_by: c.users.applicant.userId,
        kind: 'image',
        content_type: 'image/png',
        size: stored.size,
        sha256: stored.sha256,
        original_name: '工资条照片.png',
        created_at: t.clock.now().toISOString(),
      })
      .execute()
    await signFully(t, c, await addVersion(t, c))
    tar = (await signingFor(t.app).bundles.build(c.users.mediator, c.caseId)).tar
  })
  afterAll(async () => {
    await t.close()
  })

  it('holds the sealed agreement, evidence, audit JSON, public key and a sealed manifest that all verify', () => {
    const paths = readTar(tar).map((e) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining(['manifest.json', 'manifest.sig', 'agreement.pdf', 'audit.json', 'public-key.pem']),
    )
    const evidence = readTar(tar).find((e) => e.path.startsWith('evidence/'))!
    expect(evidence.data.equals(photo)).toBe(true)
    const manifest = JSON.parse(readTar(tar)[0].data.toString())
    expect(manifest.files.find((f: { kind: string }) => f.kind === 'evidence').originalName).toBe('工资条照片.png')

    const result = verifyBundle(tar, signingFor(t.app).key.publicKey)
    expect(result.items.filter((i) => !i.valid)).toEqual([])
    expect(result.valid).toBe(true)
    // The case's audit-log entries (four signatures and the seal) travel with their own hashes.
    const audit = JSON.parse(
      readTar(tar)
        .find((e) => e.path === 'audit.json')!
        .data.toString(),
    )
    expect(audit.caseAuditEntries.map((e: { action: string }) => e.action)).toContain('signing.effective')
    expect(audit.signingChains[0].events).toHaveLength(4)
  })

  it('names the agreement when one of its bytes changes inside the bundle', () => {
    const entries = readTar(tar)
    const pdf = entries.find((e) => e.path === 'agreement.pdf')!
    pdf.data[200] ^= 1
    const result = verifyBundle(writeTar(entries, new Date()))
    expect(result.items.find((i) => i.path === 'agreement.pdf')).toMatchObject({ valid: false })
  })

  it('is checked by the documented offline command, which exits 1 on a tampered bundle', () => {
    const dir = fs.mkdtempSync(path.join(t.config.dataDir, 'bundle-'))
    const good = path.join(dir, 'good.tar')
    fs.writeFileSync(good, tar)
    const entries = readTar(tar)
    entries.find((e) => e.path.startsWith('evidence/'))!.data[10] ^= 1
    const bad = path.join(dir, 'bad.tar')
    fs.writeFileSync(bad, writeTar(entries, new Date()))
    const keyFile = path.join(dir, 'platform.pem')
    fs.writeFileSync(keyFile, signingFor(t.app).key.publicKeyPem)
    const script = path.join(__dirname, '../../../../scripts/verify-bundle.ts')
    const tsx = path.join(__dirname, '../../../../node_modules/.bin/tsx')
    const run = (file: string) => {
      try {
        return { code: 0, out: execFileSync(tsx, [script, file, '--public-key', keyFile], { encoding: 'utf8' }) }
      } catch (err) {
        const e = err as { status: number; stdout: string }
        return { code: e.status, out: e.stdout }
      }
    }
    const ok = run(good)
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('valid    agreement.pdf')
    expect(ok.out).toContain('RESULT: valid')
    const broken = run(bad)
    expect(broken.code).toBe(1)
    expect(broken.out).toMatch(/INVALID {2}evidence\/001-[0-9a-f]{8}\.png {2}— SHA-256 不符/)
  })
})
