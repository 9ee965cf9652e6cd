import type { KeyObject } from 'node:crypto'
import { canonicalJson } from './canonical-json'
import { checkSeal, keyFingerprint, publicKeyFromPem } from './ed25519'
import { sha256Hex } from './hashing'
import { readTar } from './tar'
import { verifySealedPdf } from './verify-sealed-pdf'
import { verifyChain } from './verify-chain'
import { BUNDLE_PATHS, type AuditLogRow, type BundleAudit, type BundleManifest } from './bundle-manifest'

export interface BundleItemResult {
  path: string
  valid: boolean
  reason: string | null
}

export interface BundleVerification {
  valid: boolean
  keyFingerprint: string | null
  items: BundleItemResult[]
}

const ok = (path: string): BundleItemResult => ({ path, valid: true, reason: null })
const bad = (path: string, reason: string): BundleItemResult => ({ path, valid: false, reason })

function auditRowHash(row: AuditLogRow): string {
  const { seq: _seq, hash: _hash, ...fields } = row
  return sha256Hex(canonicalJson(fields))
}

function checkAudit(text: string, key: KeyObject): string | null {
  let audit: BundleAudit
  try {
    audit = JSON.parse(text) as BundleAudit
  } catch {
    return 'audit.json 不是有效的 JSON'
  }
  if (!Array.isArray(audit.signingChains) || !Array.isArray(audit.caseAuditEntries)) return 'audit.json 结构不正确'
  for (const chain of audit.signingChains) {
    const p = verifyChain(chain.events ?? [], key, chain.document)
    if (p) return `《${chain.document?.title ?? ''}》签署链：${p.reason}${p.actual ? `（${p.actual}）` : ''}`
  }
  for (const row of audit.caseAuditEntries) {
    if (auditRowHash(row) !== row.hash) return `审计日志第 ${row.seq} 条的内容与其哈希值不符`
  }
  return null
}

/**
 * Offline check of a case bundle (tar): the manifest carries the server seal, every file matches its listed
 * SHA-256, nothing unlisted was slipped in, signed PDFs and the audit chains verify. Pass `trustedKey` (the
 * key published by the platform) so a bundle re-sealed with another key is caught.
 */
export function verifyBundle(archive: Buffer, trustedKey?: KeyObject): BundleVerification {
  let entries
  try {
    entries = readTar(archive)
  } catch (err) {
    return { valid: false, keyFingerprint: null, items: [bad('(bundle)', `无法读取压缩包：${(err as Error).message}`)] }
  }
  const files = new Map(entries.map((e) => [e.path, e.data]))
  const items: BundleItemResult[] = []
  const finish = (fingerprint: string | null): BundleVerification => ({
    valid: items.every((i) => i.valid),
    keyFingerprint: fingerprint,
    items,
  })

  const pem = files.get(BUNDLE_PATHS.publicKey)
  let key: KeyObject
  try {
    key = publicKeyFromPem(pem!.toString('utf8'))
  } catch {
    items.push(bad(BUNDLE_PATHS.publicKey, '缺少公钥或公钥无效'))
    return finish(null)
  }
  const fingerprint = keyFingerprint(key)
  if (trustedKey && keyFingerprint(trustedKey) !== fingerprint) {
    items.push(
      bad(BUNDLE_PATHS.publicKey, `公钥指纹 ${fingerprint} 与信任的平台公钥 ${keyFingerprint(trustedKey)} 不符`),
    )
    return finish(fingerprint)
  }

  const manifestText = files.get(BUNDLE_PATHS.manifest)?.toString('utf8')
  const sealText = files.get(BUNDLE_PATHS.manifestSeal)?.toString('utf8').trim()
  if (!manifestText || !sealText || !checkSeal(key, manifestText, sealText)) {
    items.push(bad(BUNDLE_PATHS.manifest, '清单缺失或其服务器签章无效，清单已被改动'))
    return finish(fingerprint)
  }
  const manifest = JSON.parse(manifestText) as BundleManifest
  items.push(ok(BUNDLE_PATHS.manifest))

  const listed = new Set([BUNDLE_PATHS.manifest, BUNDLE_PATHS.manifestSeal as string])
  for (const file of manifest.files) {
    listed.add(file.path)
    const data = files.get(file.path)
    if (!data) {
      items.push(bad(file.path, '清单中列出的文件缺失'))
      continue
    }
    const actual = sha256Hex(data)
    if (actual !== file.sha256) {
      items.push(bad(file.path, `SHA-256 不符：清单 ${file.sha256}，实际 ${actual}`))
      continue
    }
    if (file.kind === 'agreement' || file.kind === 'record') {
      const result = verifySealedPdf(data, key)
      items.push(result.valid ? ok(file.path) : bad(file.path, result.problem!.reason))
      continue
    }
    if (file.kind === 'audit') {
      const reason = checkAudit(data.toString('utf8'), key)
      items.push(reason ? bad(file.path, reason) : ok(file.path))
      continue
    }
    items.push(ok(file.path))
  }
  for (const path of files.keys()) {
    if (!listed.has(path)) items.push(bad(path, '文件不在清单中，是后来加入的'))
  }
  return finish(fingerprint)
}
