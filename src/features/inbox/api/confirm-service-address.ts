import type { ServiceAddress } from '@contract/service'
import { api } from '@/lib/api'

/** 送达地址确认书: accept the in-app inbox and this phone as the address for service (OMR 8, 17). */
export async function confirmServiceAddress(caseId: string, phone: string): Promise<ServiceAddress[]> {
  const { data } = await api.put<{ items: ServiceAddress[] }>(
    `/inbox/cases/${encodeURIComponent(caseId)}/service-address`,
    { phone, consent: true },
  )
  return data.items
}
