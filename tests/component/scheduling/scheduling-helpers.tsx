import { render } from '@testing-library/react'
import type { Role } from '@contract/roles'
import { SessionScheduling } from '@/features/scheduling/components/session-scheduling'
import { PageShell } from '@/components/page-shell'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import { testControls } from '../../support/taro-double'
import { settle } from '../agreement/agreement-helpers'
import { PEOPLE, type schedulingApi, type Who } from './scheduling-api'

type Server = ReturnType<typeof schedulingApi>

/** Friday 2026-11-27 09:00 in China: "tomorrow" is Saturday the 28th. */
export const PHONE_NOW = Date.parse('2026-11-27T09:00:00+08:00')
const ROLES: Record<Who, Role> = {
  mediator: 'mediator',
  applicant: 'resident',
  respondent: 'resident',
  clerk: 'court_clerk',
}

export function resetApp() {
  testControls.reset()
  useAuthStore.getState().clearSession()
}

/** Signs in as one person of the case, in the app and on the fake server. */
export function signInAs(who: Who, server: Server, careMode = false) {
  const person = PEOPLE[who]
  startSession(makeTokenPair(1, makeMe({ id: person.id, displayName: person.name }, [ROLES[who]])))
  useSettingsStore.setState({ careMode, activeRole: ROLES[who] })
  server.signInAs(who)
  testControls.setRequestHandler(server.handler)
}

/** Signs in and shows the scheduling section against the fake server. */
export async function openAs(who: Who, server: Server, careMode = false) {
  signInAs(who, server, careMode)
  const view = render(
    <PageShell>
      <SessionScheduling caseId="case-1" />
    </PageShell>,
  )
  await settle()
  return view
}

export const writes = (server: Server) => server.requests.filter((r) => r.method !== 'GET')
