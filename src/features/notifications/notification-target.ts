import type { Notification, NotificationKind } from '@contract/referrals'
import { ROUTES, withQuery } from '@/lib/routes'

/** Where each kind of notice leads: the page that lets the reader act on it. Other kinds go to their case. */
const TARGETS: Partial<Record<NotificationKind, (caseId: string | null) => string | null>> = {
  referral_outcome: () => ROUTES.policeReferrals,
  reassignment_needed: () => ROUTES.committeeDesk,
  document_served: () => ROUTES.inbox,
  instalment_due: (caseId) => forCase(ROUTES.performance, caseId),
  instalment_update: (caseId) => forCase(ROUTES.performance, caseId),
  record_confirmation: (caseId) => forCase(ROUTES.mediationRecord, caseId),
  session_reminder: (caseId) => forCase(ROUTES.sessionRoom, caseId),
}

function forCase(route: string, caseId: string | null): string | null {
  return caseId ? withQuery(route, { caseId }) : null
}

function caseDetail(caseId: string | null): string | null {
  return caseId ? withQuery(ROUTES.caseDetail, { id: caseId }) : null
}

/** The page a notice concerns, or null when there is nowhere to go (it is then only marked read). */
export function notificationTarget(notice: Pick<Notification, 'kind' | 'caseId'>): string | null {
  const target = TARGETS[notice.kind]
  return target ? target(notice.caseId) : caseDetail(notice.caseId)
}
