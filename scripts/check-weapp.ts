/**
 * npm run check:weapp: compiles every .wxml (with its .wxs) and every .wxss of the weapp build,
 * and of the native components in src/native, with WeChat's own wcc/wcsc (miniprogram-compiler).
 * Fails on any compiler error — the closest thing to WeChat DevTools that runs on Linux.
 * Usage: tsx scripts/check-weapp.ts [dist/weapp]
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

// Not typed; both take (root, files without extension, ...) and report errors differently (see below).
const wcc = require('miniprogram-compiler/src/wcc') as (
  root: string,
  files: string[],
  wxs: string[],
  options: { maxBuffer: number },
) => string
const wcsc = require('miniprogram-compiler/src/wcsc') as (root: string, files: string[], options: object) => unknown

const MAX_BUFFER = 256 * 1024 * 1024

function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

const stripExtension = (file: string) => file.replace(/\.[^.]+$/, '')

function compileWxml(root: string, files: string[], wxs: string[]): string | null {
  try {
    wcc(root, files.map(stripExtension), wxs, { maxBuffer: MAX_BUFFER })
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

function compileWxss(root: string, files: string[]): string | null {
  try {
    // wcsc returns (rather than throws) an Error when the compiler fails.
    const result = wcsc(root, files.map(stripExtension), { maxBuffer: MAX_BUFFER })
    return result instanceof Error ? result.message : null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** Compile all together (as DevTools does); on failure, one by one to name the culprits. */
function checkRoot(root: string): string[] {
  const wxml = listFiles(root, '.wxml')
  const wxs = listFiles(root, '.wxs')
  const wxss = listFiles(root, '.wxss')
  const problems: string[] = []

  if (wxml.length > 0 && compileWxml(root, wxml, wxs) !== null) {
    for (const file of wxml) {
      const error = compileWxml(root, [file], wxs)
      if (error) problems.push(`${path.join(root, file)}: ${error.trim()}`)
    }
    if (problems.length === 0) problems.push(`${root}: wcc failed on the full set: ${compileWxml(root, wxml, wxs)}`)
  }
  if (wxss.length > 0 && compileWxss(root, wxss) !== null) {
    const before = problems.length
    for (const file of wxss) {
      const error = compileWxss(root, [file])
      if (error) problems.push(`${path.join(root, file)}: ${error.trim()}`)
    }
    if (problems.length === before) problems.push(`${root}: wcsc failed on the full set: ${compileWxss(root, wxss)}`)
  }
  console.log(
    `  ${problems.length === 0 ? 'ok  ' : 'FAIL'}  ${root}: ${wxml.length} wxml, ${wxs.length} wxs, ${wxss.length} wxss`,
  )
  return problems
}

function main(): number {
  const build = path.resolve(process.argv[2] ?? 'dist/weapp')
  if (!existsSync(path.join(build, 'app.json'))) {
    console.error(`check:weapp: ${build}/app.json not found — run \`npx taro build --type weapp\` first`)
    return 2
  }
  const nativeRoot = path.resolve('src/native')
  const nativeComponents = existsSync(nativeRoot)
    ? readdirSync(nativeRoot, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(nativeRoot, entry.name))
    : []

  console.log('check:weapp (wcc/wcsc from miniprogram-compiler)')
  const problems = [build, ...nativeComponents].flatMap(checkRoot)
  if (problems.length > 0) {
    console.error(`check:weapp: ${problems.length} problem(s):\n${problems.join('\n')}`)
    return 1
  }
  return 0
}

process.exitCode = main()
