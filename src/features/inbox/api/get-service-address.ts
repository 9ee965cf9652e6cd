import type { ServiceAddress } from '@contract/service'
import { api } from '@/lib/api'

/** My confirmed service address for the case (one per side I act for); empty before 送达地址确认书. */
export async function getServiceAddress(caseId: string): Promise<ServiceAddress[]> {
  const { data } = await api.get<{ items: ServiceAddress[] }>(
    `/inbox/cases/${encodeURIComponent(caseId)}/service-address`,
  )
  return data.items
}
