import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { CaseStatus } from '@contract/cases'
import { ServiceAddressPrompt } from '@/packages/case/pages/detail/service-address-prompt'
import { startSession } from '@/stores/session'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import { testControls } from '../../support/taro-double'
import { CASE_ID, inboxApi } from './inbox-api'
import { settle } from '../../support/ui-actions'

async function renderPrompt(
  myRole: 'applicant' | 'staff',
  status: CaseStatus = 'pending_acceptance',
  server = inboxApi({ myRole, documents: [] }),
) {
  startSession(makeTokenPair(1, makeMe({ id: 'u-app', displayName: '王秀英' })))
  testControls.setRequestHandler(server.handler)
  const view = render(<ServiceAddressPrompt detail={{ id: CASE_ID, status, myRole }} />)
  await settle()
  return view
}

beforeEach(() => testControls.reset())
afterEach(cleanup)

describe('case detail → 送达地址确认书 asked of a party who has not confirmed', () => {
  it('asks, takes the phone and consent, then shows it confirmed', async () => {
    const server = inboxApi({ myRole: 'applicant', documents: [] })
    await renderPrompt('applicant', 'pending_acceptance', server)
    expect(screen.getByText('送达地址确认书')).toBeTruthy()
    const phone = screen.getByPlaceholderText('11位手机号码')
    await act(async () => {
      fireEvent.input(phone, { target: { value: '13800000001' } })
      fireEvent.change(phone, { target: { value: '13800000001' } })
    })
    await act(async () => {
      fireEvent.click(screen.getByTestId('service-address-consent'))
    })
    await act(async () => {
      fireEvent.click(screen.getByTestId('service-address-submit'))
    })
    await settle()
    expect(screen.getByTestId('service-address-confirmed').textContent).toContain('13800000001')

    // Next time the case opens, the party is not asked again.
    cleanup()
    expect((await renderPrompt('applicant', 'pending_acceptance', server)).container.textContent).toBe('')
  })

  it('is not shown to staff, nor on a closed case', async () => {
    expect((await renderPrompt('staff')).container.textContent).toBe('')
    cleanup()
    expect((await renderPrompt('applicant', 'closed')).container.textContent).toBe('')
  })
})
