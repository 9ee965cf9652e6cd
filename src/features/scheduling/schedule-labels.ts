import type { Schedule } from '@contract/sessions'

type Status = Schedule['status']
type Answer = Schedule['answers'][number]['answer']

export const STATUS_LABELS: Record<Status, string> = {
  proposed: '等待各方确认',
  confirmed: '已确定',
  declined: '有当事人无法参加',
  cancelled: '已取消',
}

export const ANSWER_LABELS: Record<Answer, string> = {
  pending: '待确认',
  confirmed: '已确认',
  declined: '无法参加',
}

const ROLE_LABELS: Record<string, string> = { applicant: '申请人', respondent: '被申请人', mediator: '调解员' }

export function roleLabel(role: string | null): string {
  return (role && ROLE_LABELS[role]) || '当事人'
}
