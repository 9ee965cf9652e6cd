import { render } from '@testing-library/react'
import type { Role } from '@contract/roles'
import MediationRecordPage from '@/packages/record/pages/index/index'
import CaseOutcomePage from '@/packages/record/pages/outcome/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import { setRouterParams, testControls } from '../../support/taro-double'
import { settle } from '../agreement/agreement-helpers'
import type { recordApi } from './record-api'

type Server = ReturnType<typeof recordApi>

const PEOPLE: Record<'mediator' | 'applicant' | 'respondent', { id: string; name: string; role: Role }> = {
  mediator: { id: 'u-med', name: '李调解', role: 'mediator' },
  applicant: { id: 'u-app', name: '王秀英', role: 'resident' },
  respondent: { id: 'u-resp', name: '某物流有限公司', role: 'resident' },
}

export function resetApp() {
  testControls.reset()
  useAuthStore.getState().clearSession()
  setRouterParams({ caseId: 'case-1' })
}

/** Signs in as one person of the case and opens a page of the record subpackage against the fake server. */
export async function openAs(
  who: keyof typeof PEOPLE,
  server: Server,
  page: 'record' | 'outcome' = 'record',
  careMode = false,
) {
  const person = PEOPLE[who]
  startSession(makeTokenPair(1, makeMe({ id: person.id, displayName: person.name }, [person.role])))
  useSettingsStore.setState({ careMode, activeRole: person.role })
  testControls.setRequestHandler(server.handler)
  const Page = page === 'record' ? MediationRecordPage : CaseOutcomePage
  const view = render(<Page />)
  await settle()
  return view
}

export const writes = (server: Server) => server.requests.filter((r) => r.method !== 'GET')
