import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { canonicalJson } from '../../../src/domain/signing/canonical-json'
import { sealMessage } from '../../../src/domain/signing/ed25519'
import { sha256Hex } from '../../../src/domain/signing/hashing'
import { readTar, writeTar, type TarEntry } from '../../../src/domain/signing/tar'
import { verifyBundle } from '../../../src/domain/signing/verify-bundle'
import type { BundleAudit, BundleManifest } from '../../../src/domain/signing/bundle-manifest'
import { buildChain, makeKey, SUBJECT } from './chain-fixture'

describe('tar', () => {
  it('round-trips files of every size class and is readable by the system tar', () => {
    const entries: TarEntry[] = [
      { path: 'a.txt', data: Buffer.from('你好') },
      { path: 'evidence/001-x.bin', data: Buffer.alloc(512, 7) },
      { path: 'empty', data: Buffer.alloc(0) },
      { path: 'big.bin', data: Buffer.alloc(1500, 3) },
    ]
    const tar = writeTar(entries, new Date('2026-11-26T00:00:00Z'))
    expect(readTar(tar)).toEqual(entries)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tar-'))
    fs.writeFileSync(path.join(dir, 'b.tar'), tar)
    const listing = execFileSync('tar', ['-tf', path.join(dir, 'b.tar')])
      .toString()
      .trim()
      .split('\n')
    expect(listing).toEqual(['a.txt', 'evidence/001-x.bin', 'empty', 'big.bin'])
    fs.rmSync(dir, { recursive: true })
  })

  it('refuses a damaged header and a truncated archive', () => {
    const tar = writeTar([{ path: 'a.txt', data: Buffer.alloc(600, 1) }], new Date())
    const damaged = Buffer.from(tar)
    damaged[3] ^= 1
    expect(() => readTar(damaged)).toThrow(/damaged header/)
    expect(() => readTar(tar.subarray(0, 700))).toThrow(/truncated/)
  })
})

describe('offline bundle verification', () => {
  const key = makeKey()
  const chain = buildChain(key)

  function bundle(edit?: (files: Map<string, Buffer>) => void, signWith = key): Buffer {
    const audit: BundleAudit = {
      signingChains: [{ document: { ...SUBJECT, title: '人民调解协议书' }, events: chain }],
      caseAuditEntries: [],
    }
    const files = new Map<string, Buffer>([
      ['evidence/001-aaaa.jpg', Buffer.from('photo bytes')],
      ['audit.json', Buffer.from(JSON.stringify(audit))],
      ['public-key.pem', Buffer.from(signWith.publicKeyPem)],
    ])
    const manifest: BundleManifest = {
      format: 'tiaojie-bundle/1',
      caseId: 'c1',
      caseNumber: '（2026）九杨调字第001号',
      createdAt: '2026-11-26T02:00:00.000Z',
      keyFingerprint: signWith.fingerprint,
      files: [...files].map(([p, data]) => ({
        path: p,
        kind: p === 'audit.json' ? 'audit' : p.endsWith('.pem') ? 'public_key' : 'evidence',
        sha256: sha256Hex(data),
        size: data.length,
        originalName: null,
      })),
    }
    const text = canonicalJson(manifest)
    files.set('manifest.json', Buffer.from(text))
    files.set('manifest.sig', Buffer.from(sealMessage(signWith.privateKey, text)))
    edit?.(files)
    return writeTar(
      [...files].map(([p, data]) => ({ path: p, data })),
      new Date(),
    )
  }

  it('accepts an intact bundle, item by item', () => {
    const result = verifyBundle(bundle(), key.publicKey)
    expect(result.valid).toBe(true)
    expect(result.items.map((i) => i.path).sort()).toEqual(
      ['audit.json', 'evidence/001-aaaa.jpg', 'manifest.json', 'public-key.pem'].sort(),
    )
  })

  it('names the changed evidence file with both hashes', () => {
    const result = verifyBundle(bundle((f) => f.set('evidence/001-aaaa.jpg', Buffer.from('photo bytez'))))
    expect(result.valid).toBe(false)
    const item = result.items.find((i) => i.path === 'evidence/001-aaaa.jpg')!
    expect(item.valid).toBe(false)
    expect(item.reason).toContain(sha256Hex(Buffer.from('photo bytes')))
  })

  it('catches a missing file, an added file, an edited manifest and an edited audit event', () => {
    expect(
      verifyBundle(bundle((f) => f.delete('evidence/001-aaaa.jpg'))).items.find((i) => !i.valid)?.reason,
    ).toContain('缺失')
    expect(verifyBundle(bundle((f) => f.set('extra.txt', Buffer.from('x')))).items.find((i) => !i.valid)?.path).toBe(
      'extra.txt',
    )
    const editedManifest = bundle((f) =>
      f.set('manifest.json', Buffer.from(f.get('manifest.json')!.toString().replace('001号', '002号'))),
    )
    expect(verifyBundle(editedManifest).items[0]).toMatchObject({ path: 'manifest.json', valid: false })

    // An audit event edited after sealing: its listed SHA-256 no longer matches.
    const tampered = bundle((f) => {
      const audit = JSON.parse(f.get('audit.json')!.toString()) as BundleAudit
      audit.signingChains[0].events[2].ip = '198.51.100.9'
      f.set('audit.json', Buffer.from(JSON.stringify(audit)))
    })
    expect(verifyBundle(tampered).items.find((i) => i.path === 'audit.json')?.valid).toBe(false)
  })

  it('still catches an edited audit event when the whole bundle is re-sealed with another key, given the trusted key', () => {
    const forger = makeKey()
    const forged = bundle((f) => {
      const audit = JSON.parse(f.get('audit.json')!.toString()) as BundleAudit
      audit.signingChains[0].events[0].signer.name = '冒名者'
      f.set('audit.json', Buffer.from(JSON.stringify(audit)))
    }, forger)
    // Self-consistent under the forger's key, yet the events' seals are the platform's: the chain check fails.
    const selfChecked = verifyBundle(forged)
    expect(selfChecked.valid).toBe(false)
    const trusted = verifyBundle(forged, key.publicKey)
    expect(trusted.items[0]).toMatchObject({ path: 'public-key.pem', valid: false })
  })

  it('reports an unreadable archive instead of throwing', () => {
    expect(verifyBundle(Buffer.from('not a tar at all'.repeat(40)))).toMatchObject({ valid: false })
  })
})
