import type { Organisation } from '@contract/organisations'
import { api } from '@/lib/api'

/** Committees a case can be transferred to. */
export async function listCommittees(): Promise<Organisation[]> {
  const { data } = await api.get<{ items: Organisation[] }>('/organisations', {
    params: { type: 'mediation_committee' },
  })
  return data.items.filter((organisation) => organisation.active)
}
