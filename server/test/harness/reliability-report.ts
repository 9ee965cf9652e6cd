import fs from 'node:fs'
import path from 'node:path'

/** docs/RELIABILITY.md: harness figures written by the tests that measured them. */
export const RELIABILITY_FILE = path.join(__dirname, '../../../docs/RELIABILITY.md')

const SKELETON = `# Reliability figures

Written by the harness tests on every run (\`npm test\` on SQLite, \`npm run test:pg\` on PostgreSQL), so the
figures below are the last measured ones, with what ran, the counts and the seed to replay them.

## Fuzz

## Tamper
`

export type Database = 'SQLite' | 'PostgreSQL'

export const databaseName = (): Database => (process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite')

/** Holds a lock folder next to the file while `work` runs: suites in parallel jest workers write the same file. */
function withFileLock(work: () => void): void {
  const lock = `${RELIABILITY_FILE}.lock`
  const started = Date.now()
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      if (Date.now() - started > 10_000) fs.rmSync(lock, { recursive: true, force: true }) // a crashed writer's
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
    }
  }
  try {
    work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * Replaces the block `<!-- key -->…<!-- /key -->` under `## section` with `markdown` (creating the section and
 * block when missing), leaving every other section and block as the last run of its own test left it.
 */
export function writeReliabilityBlock(section: string, key: string, markdown: string): void {
  withFileLock(() => {
    let text = fs.existsSync(RELIABILITY_FILE) ? fs.readFileSync(RELIABILITY_FILE, 'utf8') : SKELETON
    const block = `<!-- ${key} -->\n${markdown.trim()}\n<!-- /${key} -->`
    const existing = new RegExp(`<!-- ${key} -->[\\s\\S]*?<!-- /${key} -->`)
    if (existing.test(text)) text = text.replace(existing, block)
    else {
      const heading = `## ${section}`
      const at = text.indexOf(`${heading}\n`)
      if (at < 0) text = `${text.trimEnd()}\n\n${heading}\n\n${block}\n`
      else {
        const next = text.indexOf('\n## ', at + heading.length)
        const end = next < 0 ? text.length : next
        text = `${text.slice(0, end).trimEnd()}\n\n${block}\n${text.slice(end)}`
      }
    }
    fs.writeFileSync(RELIABILITY_FILE, text.endsWith('\n') ? text : `${text}\n`)
  })
}
