// `npm install` records optional platform packages that were never published (e.g. @tarojs/binding-darwin-arm64
// for 4.2.x); `npm ci` then refuses the lock. This drops optional dependencies that have no entry in the lock.
// Run after changing dependencies: `npm install && node scripts/fix-lock.mjs`.
import fs from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(fs.readFileSync(file, 'utf8'))
let removed = 0
for (const [location, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue
  for (const name of Object.keys(entry.optionalDependencies)) {
    const nested = `${location}/node_modules/${name}`
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name]
      removed++
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`package-lock.json: removed ${removed} unpublished optional dependencies`)
