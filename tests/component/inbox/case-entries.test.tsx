import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { CaseStatus } from '@contract/cases'
import { FollowUpEntries } from '@/packages/case/pages/detail/follow-up-entries'
import Taro, { testControls } from '../../support/taro-double'

const detail = (status: CaseStatus, myRole: 'applicant' | 'staff' = 'applicant') => ({ id: 'case-1', status, myRole })

beforeEach(() => testControls.reset())
afterEach(cleanup)

describe('case detail → 履行情况 and 送达记录', () => {
  it('shows both once an agreement is reached, and opens them for this case', () => {
    render(<FollowUpEntries detail={detail('agreement_reached')} />)
    fireEvent.click(screen.getByText('履行情况'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/performance/pages/index/index?caseId=case-1' })
    fireEvent.click(screen.getByText('送达记录'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/inbox/pages/index/index?caseId=case-1' })
  })

  it('names the staff entry 送达回执 and shows no performance during mediation', () => {
    render(<FollowUpEntries detail={detail('in_mediation', 'staff')} />)
    expect(screen.getByText('送达回执')).toBeTruthy()
    expect(screen.queryByText('履行情况')).toBeNull()
  })

  it('shows nothing before mediation starts', () => {
    const { container } = render(<FollowUpEntries detail={detail('pending_acceptance')} />)
    expect(container.textContent).toBe('')
  })
})
