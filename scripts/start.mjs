// npm start: builds the H5 app when it is missing or older than its sources, then runs the API server,
// which serves the app at / on the same port.
import { spawnSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const index = path.join(root, 'dist/h5/index.html')

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

const sources = ['src', 'config', 'types'].map((d) => path.join(root, d)).filter(fs.existsSync)
const stale = !fs.existsSync(index) || Math.max(...sources.map(newestMtime)) > fs.statSync(index).mtimeMs
if (stale && process.env.SKIP_H5_BUILD !== '1') {
  console.log('Building the H5 app (first start or sources changed)…')
  const build = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'server/src/server.ts')],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
