import type { SessionMessage } from '@contract/sessions'

const ROLE_LABELS: Record<string, string> = {
  applicant: '申请人',
  respondent: '被申请人',
  mediator: '调解员',
  committee_admin: '调委会',
  police: '民警',
}

/** userId → room role, learnt from the `joined` events (messages carry ids, not names). */
export function rolesByUser(messages: SessionMessage[]): Record<string, string> {
  const roles: Record<string, string> = {}
  for (const message of messages) {
    if (
      message.event === 'joined' &&
      typeof message.data.userId === 'string' &&
      typeof message.data.role === 'string'
    ) {
      roles[message.data.userId] = message.data.role
    }
  }
  return roles
}

export function roleLabel(role: string | undefined): string {
  return (role && ROLE_LABELS[role]) ?? '参与人'
}

const EVENT_TEXT: Record<string, (who: string) => string> = {
  joined: (who) => `${who}进入调解室`,
  left: (who) => `${who}离开调解室`,
  fact_marked: (who) => `${who}标注了事实清单`,
  document_shared: (who) => `${who}分享了文件`,
  caucus_opened: () => '调解员发起了背靠背调解',
  schedule_proposed: () => '调解员提出了调解时间',
  schedule_answered: (who) => `${who}答复了调解时间`,
}

/** The centred grey line of a system event. */
export function systemLine(message: SessionMessage, roles: Record<string, string>): string {
  const userId = typeof message.data.userId === 'string' ? message.data.userId : ''
  const role = typeof message.data.role === 'string' ? message.data.role : roles[userId]
  const describe = message.event ? EVENT_TEXT[message.event] : undefined
  return describe ? describe(roleLabel(role)) : '系统消息'
}

/**
 * Who is in the room by the latest joined/left event of each user. Presence frames only report changes after
 * we connected, so those already present before are known from the history.
 */
export function presentByEvents(messages: SessionMessage[]): string[] {
  const present = new Set<string>()
  for (const message of messages) {
    const userId = message.data.userId
    if (typeof userId !== 'string') continue
    if (message.event === 'joined') present.add(userId)
    if (message.event === 'left') present.delete(userId)
  }
  return [...present]
}
