import type { CommitteeCaseList } from '@contract/assignment'
import { api } from '@/lib/api'

export type CommitteeView = 'incoming' | 'active' | 'overdue'

export async function listCommitteeCases(view: CommitteeView): Promise<CommitteeCaseList['items']> {
  const { data } = await api.get<CommitteeCaseList>('/assignment/cases', { params: { view } })
  return data.items
}
