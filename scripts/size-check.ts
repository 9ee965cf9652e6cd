/**
 * npm run size: sizes of the weapp build per package, failing over WeChat-side budgets.
 * Main package = every file outside a subpackage root (that is what WeChat downloads first).
 * Usage: tsx scripts/size-check.ts [dist/weapp]
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import path from 'node:path'

const KB = 1024
const BUDGET = { main: 800 * KB, subpackage: 400 * KB, total: 20 * KB * KB }

interface AppJson {
  subPackages?: { root: string }[]
  subpackages?: { root: string }[]
}

function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [{ file: full, bytes: statSync(full).size }]
  })
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`

function main(): number {
  const root = path.resolve(process.argv[2] ?? 'dist/weapp')
  const appJsonPath = path.join(root, 'app.json')
  if (!existsSync(appJsonPath)) {
    console.error(`size: ${appJsonPath} not found — run \`npx taro build --type weapp\` first`)
    return 2
  }
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8')) as AppJson
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => sub.root.replace(/\/+$/, ''))

  const sizes = new Map<string, number>([['main', 0], ...roots.map((r): [string, number] => [r, 0])])
  let total = 0
  for (const { file, bytes } of filesUnder(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/')
    const owner = roots.find((r) => relative === r || relative.startsWith(`${r}/`)) ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + bytes)
    total += bytes
  }

  const failures: string[] = []
  console.log(`weapp package sizes (${path.relative(process.cwd(), root) || root})`)
  for (const [name, bytes] of sizes) {
    const budget = name === 'main' ? BUDGET.main : BUDGET.subpackage
    const over = bytes > budget
    if (over) failures.push(`${name} ${kb(bytes)} > ${kb(budget)}`)
    console.log(`  ${over ? 'OVER' : 'ok  '}  ${name.padEnd(24)} ${kb(bytes).padStart(10)}  / ${kb(budget)}`)
  }
  if (total > BUDGET.total) failures.push(`total ${kb(total)} > ${kb(BUDGET.total)}`)
  console.log(
    `  ${total > BUDGET.total ? 'OVER' : 'ok  '}  ${'total'.padEnd(24)} ${kb(total).padStart(10)}  / ${kb(BUDGET.total)}`,
  )

  if (failures.length > 0) {
    console.error(`size: over budget: ${failures.join('; ')}`)
    return 1
  }
  return 0
}

process.exitCode = main()
