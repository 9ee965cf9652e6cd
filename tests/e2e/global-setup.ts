import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { assertChromiumInstalled } from './support/browser'
import { ENV_BASE_URL, ENV_SERVER_LOG, H5_DIR, ROOT } from './support/paths'
import { startServer, type RunningServer } from './support/server'

declare global {
  var tiaojieE2eServer: RunningServer | undefined
}

/** Checks the prerequisites loudly, builds the H5 app if it is missing, and starts the real server once. */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled()
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    console.log('\n[e2e] dist/h5 is missing: building the H5 app (npm run build:h5)…')
    // Jest sets NODE_ENV=test, which would make Taro emit a development bundle (react-refresh hooks).
    const env = { ...process.env, NODE_ENV: 'production' }
    const build = spawnSync('npm', ['run', 'build:h5'], { cwd: ROOT, stdio: 'inherit', env })
    if (build.status !== 0) throw new Error('npm run build:h5 failed; the browser tests need the H5 build')
  }
  const server = await startServer()
  globalThis.tiaojieE2eServer = server
  process.env[ENV_BASE_URL] = server.baseUrl
  process.env[ENV_SERVER_LOG] = server.logFile
  console.log(`\n[e2e] server at ${server.baseUrl}, log ${server.logFile}`)
}
