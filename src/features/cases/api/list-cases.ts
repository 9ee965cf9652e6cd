import type { CaseList } from '@contract/cases'
import { api } from '@/lib/api'

export async function listCases(): Promise<CaseList> {
  const { data } = await api.get<CaseList>('/cases')
  return data
}
