import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { keyFingerprint, publicKeyPem } from '../../domain/signing/ed25519'

export interface ServerSigningKey {
  privateKey: KeyObject
  publicKey: KeyObject
  publicKeyPem: string
  fingerprint: string
}

const KEY_FILE = 'signing-ed25519.pem'

function fromPrivatePem(pem: string): ServerSigningKey {
  const privateKey = createPrivateKey(pem)
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('SIGNING_PRIVATE_KEY must be an Ed25519 private key (PEM)')
  const publicKey = createPublicKey(privateKey)
  return { privateKey, publicKey, publicKeyPem: publicKeyPem(publicKey), fingerprint: keyFingerprint(publicKey) }
}

/**
 * The server's Ed25519 sealing key: SIGNING_PRIVATE_KEY (PEM) in production; otherwise generated once into
 * DATA_DIR (owner-only) and reused, so seals stay verifiable across restarts.
 */
export function loadSigningKey(envPem: string | undefined, dataDir: string): ServerSigningKey {
  if (envPem && envPem.trim()) return fromPrivatePem(envPem.replace(/\\n/g, '\n'))
  const file = path.join(dataDir, KEY_FILE)
  if (fs.existsSync(file)) return fromPrivatePem(fs.readFileSync(file, 'utf8'))
  fs.mkdirSync(dataDir, { recursive: true })
  const { privateKey } = generateKeyPairSync('ed25519')
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  try {
    fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' })
    return fromPrivatePem(pem)
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fromPrivatePem(fs.readFileSync(file, 'utf8'))
    throw err
  }
}
