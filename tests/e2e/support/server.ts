import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { H5_DIR, ROOT } from './paths'

export interface RunningServer {
  baseUrl: string
  /** Everything the server printed (stdout and stderr), one line per log record. */
  logFile: string
  dataDir: string
  process: ChildProcess
}

const START_TIMEOUT_MS = 60_000

/**
 * Starts the real server exactly as `npm start` runs it (tsx on server/src/server.ts), on a random free port
 * (PORT=0, read back from its "Server listening" line), with a fresh SQLite database and the demo seed.
 */
export async function startServer(): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-e2e-'))
  const logFile = path.join(dataDir, 'server.log')
  const log = fs.createWriteStream(logFile)
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      H5_DIR,
      LOG_LEVEL: 'info',
      SEED_DEMO: 'true',
      // Every browser context reaches the server from 127.0.0.1 and several tests log the same demo people in
      // within a minute: the per-client auth limit and the 60 s resend wait (both tested in the server suite)
      // would throttle this suite as if it were one abusive client.
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      SMS_RESEND_SECONDS: '0',
      DATABASE_URL: '',
      S3_BUCKET: '',
      S3_ENDPOINT: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.pipe(log, { end: false })
  child.stderr!.pipe(log, { end: false })

  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => fail(new Error(`server did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        cleanup()
        resolve(match[1])
      }
    }
    const onExit = (code: number | null) => fail(new Error(`server exited with code ${code} before listening`))
    const cleanup = () => {
      clearTimeout(timer)
      child.stdout!.off('data', onData)
      child.off('exit', onExit)
    }
    function fail(error: Error) {
      cleanup()
      child.kill('SIGKILL')
      reject(new Error(`${error.message}\n--- server output ---\n${output.slice(-4000)}`))
    }
    child.stdout!.on('data', onData)
    child.on('exit', onExit)
  })
  return { baseUrl, logFile, dataDir, process: child }
}

/** SIGTERM (graceful shutdown), SIGKILL after 10 s; keeps the log at `keepLogAt`, removes the data folder. */
export async function stopServer(server: RunningServer, keepLogAt?: string): Promise<void> {
  const { process: child } = server
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  if (keepLogAt) fs.copyFileSync(server.logFile, keepLogAt)
  fs.rmSync(server.dataDir, { recursive: true, force: true })
}
