// npm run bench: every benchmark in turn, each in its own process (so one cannot warm another's caches).
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
const runs: Array<{ file: string; args: string[] }> = [
  { file: 'intake-analyze.ts', args: [] },
  { file: 'opinion-pdf.ts', args: [] },
  { file: 'agreement-pdf.ts', args: [] },
  { file: 'sessions-fanout.ts', args: ['--sockets', '2000', '--rooms', '500', '--rounds', '5', '--rate', '200'] },
  { file: 'sessions-append.ts', args: ['--messages', '3000', '--writers', '8', '--rooms', '50'] },
]

let failed = 0
for (const { file, args } of runs) {
  console.log(`\n=== ${file} ${args.join(' ')}`)
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      'server/tsconfig.json',
      path.join('bench', file),
      ...args,
    ],
    { cwd: root, stdio: 'inherit' },
  )
  if (result.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
