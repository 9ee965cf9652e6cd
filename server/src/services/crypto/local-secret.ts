import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A development secret generated once into DATA_DIR (owner-only permissions) and reused on later starts.
 * Production sets the matching environment variable instead.
 */
export function loadOrCreateLocalSecret(dataDir: string, fileName: string, bytes = 32): Buffer {
  const file = path.join(dataDir, fileName)
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64')
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(bytes)
  try {
    fs.writeFileSync(file, secret.toString('base64'), { mode: 0o600, flag: 'wx' })
    return secret
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateLocalSecret(dataDir, fileName, bytes)
    throw err
  }
}
