import type { CaseStatus, CaseSummary } from '@contract/cases'
import { useCallback } from 'react'
import { getServiceAddress } from '@/features/inbox/api/get-service-address'
import { ServiceAddressForm } from '@/features/inbox/components/service-address-form'
import { useRequest } from '@/hooks/use-request'

/** Cases that can still have documents served; a closed or declined case needs no new consent. */
const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set([
  'pending_acceptance',
  'accepted',
  'in_mediation',
  'agreement_reached',
  'judicial_confirmation',
])

/**
 * 送达地址确认书 asked where the party meets their case, before anything is served (OMR 8, 17): shown to a party who
 * has not confirmed yet, and gone once they have. Staff never see it.
 */
export function ServiceAddressPrompt({ detail }: { detail: Pick<CaseSummary, 'id' | 'status' | 'myRole'> }) {
  const asked = detail.myRole !== 'staff' && OPEN_STATUSES.has(detail.status)
  const load = useCallback(() => getServiceAddress(detail.id), [detail.id])
  const { data } = useRequest(load, asked)
  if (!asked || !data || data.length > 0) return null
  return <ServiceAddressForm caseId={detail.id} />
}
