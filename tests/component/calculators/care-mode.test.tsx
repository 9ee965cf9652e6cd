import fs from 'node:fs'
import path from 'node:path'
import { render, screen } from '@testing-library/react'
import CalculatorPage from '@/packages/calculator/pages/index/index'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer } from '../../support/fake-server'
import { setRouterParams, testControls } from '../../support/taro-double'
import { calculatorRoutes } from './real-calculator-api'

const ROOT = path.resolve(__dirname, '../../..')
const STYLESHEETS = [
  'src/features/calculators/components/calculator.scss',
  'src/features/opinions/components/opinion.scss',
]

/** Declarations that must follow the care-mode switch: text size, line height, touch height, spacing. */
const SCALED = /^\s*(font-size|line-height|min-height|gap|padding|margin)[\w-]*\s*:\s*(.+);/

describe('care mode on the calculator and opinion pages', () => {
  it.each(STYLESHEETS)('%s sizes text and touch targets with design tokens only', (file) => {
    const css = fs.readFileSync(path.join(ROOT, file), 'utf8')
    const offending = css
      .split('\n')
      .map((line) => SCALED.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .filter(
        (match) =>
          !match[2]
            .trim()
            .split(/\s+/)
            .every((part) => /^(0|auto|var\(--tj-[\w-]+\))$/.test(part)),
      )
      .map((match) => match[0].trim())
    expect(offending).toEqual([])
  })

  it('renders the calculator under the care-mode token class', async () => {
    testControls.reset()
    setRouterParams({})
    testControls.setRequestHandler(fakeServer(calculatorRoutes()).handler)
    useSettingsStore.setState({ careMode: true, activeRole: null })
    const { container } = render(<CalculatorPage />)
    await screen.findByText('劳动/工伤')
    expect(container.querySelector('.app-root')?.classList.contains('app-root--care')).toBe(true)
  })
})
