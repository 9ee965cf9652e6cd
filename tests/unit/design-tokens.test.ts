import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Reads `--tj-*: <n>px` declarations of one selector block in tokens.scss. */
function tokensOf(selector: string): Map<string, number> {
  const source = readFileSync(path.join(__dirname, '../../src/styles/tokens.scss'), 'utf8')
  const start = source.indexOf(`${selector} {`)
  expect(start).toBeGreaterThanOrEqual(0)
  const block = source.slice(start, source.indexOf('}', start))
  const tokens = new Map<string, number>()
  for (const match of block.matchAll(/(--tj-[a-z-]+):\s*([\d.]+)(px)?;/g)) tokens.set(match[1], Number(match[2]))
  return tokens
}

describe('care mode design tokens', () => {
  const normal = tokensOf('.app-root')
  const care = tokensOf('.app-root--care')

  it('enlarges every font size by at least 1.25×', () => {
    const fonts = [...normal.keys()].filter((name) => name.startsWith('--tj-font-'))
    expect(fonts.length).toBeGreaterThanOrEqual(5)
    const tooSmall = fonts.filter((name) => !((care.get(name) ?? 0) / normal.get(name)! >= 1.25))
    expect(tooSmall).toEqual([])
  })

  it('makes touch targets at least 48 CSS px (96 px on the 750 design)', () => {
    expect(care.get('--tj-touch-min')).toBeGreaterThanOrEqual(96)
    expect(care.get('--tj-touch-min')!).toBeGreaterThan(normal.get('--tj-touch-min')!)
  })

  it('does not tighten spacing or line height', () => {
    for (const name of ['--tj-line-height', '--tj-space-s', '--tj-space-m', '--tj-space-l']) {
      expect(care.get(name)!).toBeGreaterThanOrEqual(normal.get(name)!)
    }
  })
})
