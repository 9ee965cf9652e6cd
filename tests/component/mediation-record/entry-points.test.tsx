import { render, screen } from '@testing-library/react'
import { RecordEntries } from '@/packages/case/pages/detail/record-entries'
import { RecordEntry } from '@/packages/session/pages/room/record-entry'
import { useSettingsStore } from '@/stores/settings-store'
import Taro, { testControls } from '../../support/taro-double'
import { click } from '../agreement/agreement-helpers'

beforeEach(() => testControls.reset())

describe('entries to the record and the outcome', () => {
  it('lists both on the case detail once the case is being mediated', async () => {
    render(<RecordEntries detail={{ id: 'case-1', status: 'in_mediation', myRole: 'applicant' }} />)
    await click(screen.getByText('调解笔录'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/record/pages/index/index?caseId=case-1' })
    await click(screen.getByText('调解结果'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/record/pages/outcome/index?caseId=case-1' })
    expect(screen.getByText('调解结果与后续途径')).toBeTruthy()
  })

  it('is absent from the case detail before the committee accepts the case', () => {
    render(<RecordEntries detail={{ id: 'case-1', status: 'pending_acceptance', myRole: 'applicant' }} />)
    expect(screen.queryByText('调解笔录')).toBeNull()
  })

  it('takes the mediator, and only the mediator, from the session room to the record', async () => {
    useSettingsStore.setState({ activeRole: 'resident' })
    const { unmount } = render(<RecordEntry caseId="case-1" />)
    expect(screen.queryByText('调解笔录')).toBeNull()
    unmount()

    useSettingsStore.setState({ activeRole: 'mediator' })
    render(<RecordEntry caseId="case-1" />)
    await click(screen.getByText('调解笔录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/record/pages/index/index?caseId=case-1' })
  })
})
