/**
 * Offline check of a case bundle downloaded from Tiaojie:
 *
 *   npx tsx scripts/verify-bundle.ts <bundle.tar> [--public-key platform-key.pem]
 *
 * Prints valid / invalid for every item (manifest, each file's SHA-256, the sealed PDFs, the audit chains).
 * Without --public-key the key inside the bundle is used and its fingerprint printed: compare it with the one
 * the platform publishes (GET /api/v1/verify/public-key) and the one printed on the agreement's audit page.
 * Exit code 0 = everything valid, 1 = something invalid, 2 = usage error. See docs/VERIFY.md.
 */
import fs from 'node:fs'
import { publicKeyFromPem } from '../server/src/domain/signing/ed25519'
import { verifyBundle } from '../server/src/domain/signing/verify-bundle'

function main(argv: string[]): number {
  const keyAt = argv.indexOf('--public-key')
  const keyFile = keyAt >= 0 ? argv[keyAt + 1] : undefined
  const positional = argv.filter((_, i) => i !== keyAt && i !== keyAt + 1)
  const bundlePath = positional[0]
  if (!bundlePath || (keyAt >= 0 && !keyFile)) {
    console.error('用法 / usage: npx tsx scripts/verify-bundle.ts <bundle.tar> [--public-key key.pem]')
    return 2
  }
  if (!fs.existsSync(bundlePath)) {
    console.error(`找不到文件 / file not found: ${bundlePath}`)
    return 2
  }
  const trusted = keyFile ? publicKeyFromPem(fs.readFileSync(keyFile, 'utf8')) : undefined
  const result = verifyBundle(fs.readFileSync(bundlePath), trusted)
  for (const item of result.items) {
    console.log(`${item.valid ? 'valid  ' : 'INVALID'}  ${item.path}${item.reason ? `  — ${item.reason}` : ''}`)
  }
  console.log(
    `public key fingerprint: ${result.keyFingerprint ?? '-'}${trusted ? ' (checked against --public-key)' : ' (from the bundle: compare with the published one)'}`,
  )
  console.log(result.valid ? 'RESULT: valid（案卷包完整，未被改动）' : 'RESULT: INVALID（案卷包不完整或已被改动）')
  return result.valid ? 0 : 1
}

process.exitCode = main(process.argv.slice(2))
