import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { sha256Hex } from './hashing'

/** Ed25519 signature (base64) over the UTF-8 bytes of `message` (a hash or a canonical JSON text). */
export function sealMessage(privateKey: KeyObject, message: string): string {
  return sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64')
}

export function checkSeal(publicKey: KeyObject, message: string, seal: string): boolean {
  if (!/^[A-Za-z0-9+/]{86}==$/.test(seal)) return false
  return verify(null, Buffer.from(message, 'utf8'), publicKey, Buffer.from(seal, 'base64'))
}

export function publicKeyFromPem(pem: string): KeyObject {
  const key = createPublicKey(pem)
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 public key')
  return key
}

export const publicKeyPem = (key: KeyObject): string => key.export({ type: 'spki', format: 'pem' }).toString()

/** Short, printable identity of a public key: SHA-256 of its DER (SPKI) encoding, first 16 hex digits. */
export const keyFingerprint = (key: KeyObject): string =>
  sha256Hex(key.export({ type: 'spki', format: 'der' })).slice(0, 16)
