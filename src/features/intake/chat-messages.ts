import type { IntakeSession, Question } from '@contract/intake'

export interface ChatMessage {
  id: number
  from: 'robot' | 'resident'
  text: string
  /** Extra lines under the text (what the robot understood). */
  lines?: string[]
  tone?: 'normal' | 'error'
}

export type NewMessage = Omit<ChatMessage, 'id'>

/** Confidence under this is shown as "不太确定" and the type is asked before anything else (server: 0.5). */
export const LOW_CONFIDENCE = 0.5

export function typeConfidence(session: IntakeSession): number {
  return session.candidates.find((c) => c.disputeType === session.disputeType)?.confidence ?? 0
}

function filledFacts(session: IntakeSession): string[] {
  return session.facts
    .filter((fact) => fact.status === 'filled' && fact.display)
    .map((fact) => `${fact.label}：${fact.display}`)
}

/** The robot's first reply: the type it heard, how sure it is, and the facts it already took from the story. */
export function understoodMessage(session: IntakeSession): NewMessage {
  const percent = Math.round(typeConfidence(session) * 100)
  const facts = filledFacts(session)
  const typeLine =
    session.disputeType === 'other'
      ? '我还不确定这是哪一类纠纷。'
      : `听起来是“${session.disputeTypeName}”纠纷（把握 ${percent}%）。`
  return {
    from: 'robot',
    text: `我听明白了一些情况：${typeLine}`,
    lines: facts.length ? ['已经记下：', ...facts] : undefined,
  }
}

export function questionMessage(question: Question): NewMessage {
  const previous = question.previous?.display ? [`上次的回答：${question.previous.display}`] : []
  const hint = question.hint ? [question.hint] : []
  const lines = [...previous, ...hint]
  return { from: 'robot', text: question.text, lines: lines.length ? lines : undefined }
}

/** Facts that became filled in `after` but were not in `before` — residents often answer more than was asked. */
export function newlyFilled(before: IntakeSession, after: IntakeSession, answeredSlot: string | null): string[] {
  const was = new Map(before.facts.map((fact) => [fact.key, fact]))
  return after.facts
    .filter((fact) => fact.key !== answeredSlot && fact.status === 'filled' && fact.display)
    .filter((fact) => {
      const old = was.get(fact.key)
      return !old || old.status !== 'filled' || old.display !== fact.display
    })
    .map((fact) => `${fact.label}：${fact.display}`)
}

export function doneMessage(): NewMessage {
  return { from: 'robot', text: '问题都问完了。请看下面的摘要，核对无误后提交。' }
}
