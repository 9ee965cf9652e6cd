import fs from 'node:fs'
import path from 'node:path'
import { ARTIFACTS_DIR } from './support/paths'
import { stopServer } from './support/server'

/** Stops the server and keeps its log beside the screenshots (it holds the reason for any failure). */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.tiaojieE2eServer
  if (!server) return
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  await stopServer(server, path.join(ARTIFACTS_DIR, 'server.log'))
}
