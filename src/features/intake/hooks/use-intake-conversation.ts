import type { AnswerBody, DisputeType, IntakeSession } from '@contract/intake'
import { useCallback, useRef, useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { answerQuestion } from '../api/answer-question'
import { correctFact } from '../api/correct-fact'
import { createSession } from '../api/create-session'
import { getSession } from '../api/get-session'
import { goBack } from '../api/go-back'
import { setDisputeType } from '../api/set-dispute-type'
import { skipQuestion } from '../api/skip-question'
import {
  doneMessage,
  newlyFilled,
  questionMessage,
  understoodMessage,
  type ChatMessage,
  type NewMessage,
} from '../chat-messages'

export interface IntakeConversation {
  session: IntakeSession | null
  messages: ChatMessage[]
  busy: boolean
  start: (narrative: string) => Promise<IntakeSession | null>
  /** 'gone' when the session was submitted, abandoned or deleted; 'failed' when it could not be loaded now. */
  resume: (id: string) => Promise<IntakeSession | 'gone' | 'failed'>
  answer: (body: AnswerBody, shown: string) => Promise<boolean>
  correct: (text: string) => Promise<boolean>
  skip: (unknown: boolean) => Promise<boolean>
  back: () => Promise<boolean>
  chooseType: (code: DisputeType, shown: string) => Promise<boolean>
  /** Edit one fact from the summary card; no chat bubbles, the card shows the new value. */
  editFact: (slot: string, body: AnswerBody) => Promise<string | null>
  reset: () => void
}

/** The conversation with the intake robot: one server call per step, and the bubbles that tell the story. */
export function useIntakeConversation(): IntakeConversation {
  const [session, setSession] = useState<IntakeSession | null>(null)
  const [messages, setMessages] = useState<ChatMessage[]>([])
  const [busy, setBusy] = useState(false)
  const nextId = useRef(1)
  const current = useRef<IntakeSession | null>(null)

  const say = useCallback((...added: NewMessage[]) => {
    setMessages((list) => [...list, ...added.map((message) => ({ ...message, id: nextId.current++ }))])
  }, [])

  const apply = useCallback((next: IntakeSession) => {
    current.current = next
    setSession(next)
  }, [])

  /** Runs one step; on failure the robot says why in a red bubble and the question stays. */
  const step = useCallback(
    async (shown: string | null, call: (before: IntakeSession) => Promise<IntakeSession>, note?: string) => {
      const before = current.current
      if (!before) return false
      if (shown) say({ from: 'resident', text: shown })
      setBusy(true)
      try {
        const next = await call(before)
        apply(next)
        const extra = newlyFilled(before, next, before.question?.slot ?? null)
        const replies: NewMessage[] = []
        if (note) replies.push({ from: 'robot', text: note })
        if (extra.length) replies.push({ from: 'robot', text: '好的，我还记下了：', lines: extra })
        if (next.question) replies.push(questionMessage(next.question))
        else if (before.question) replies.push(doneMessage())
        say(...replies)
        return true
      } catch (error) {
        say({ from: 'robot', text: messageOf(error), tone: 'error' })
        return false
      } finally {
        setBusy(false)
      }
    },
    [apply, say],
  )

  const opened = useCallback(
    (next: IntakeSession, greeting: NewMessage[]) => {
      apply(next)
      say(...greeting, understoodMessage(next), next.question ? questionMessage(next.question) : doneMessage())
    },
    [apply, say],
  )

  const start = useCallback(
    async (narrative: string) => {
      say({ from: 'resident', text: narrative })
      setBusy(true)
      try {
        const created = await createSession(narrative)
        opened(created, [])
        return created
      } catch (error) {
        say({ from: 'robot', text: messageOf(error), tone: 'error' })
        return null
      } finally {
        setBusy(false)
      }
    },
    [opened, say],
  )

  const resume = useCallback(
    async (id: string) => {
      setBusy(true)
      try {
        const loaded = await getSession(id)
        if (loaded.status !== 'open') return 'gone'
        opened(loaded, [
          { from: 'robot', text: '欢迎回来，我们继续上次的填写。' },
          { from: 'resident', text: loaded.narrative },
        ])
        return loaded
      } catch (error) {
        return isApiError(error) && error.status === 404 ? 'gone' : 'failed'
      } finally {
        setBusy(false)
      }
    },
    [opened],
  )

  const editFact = useCallback(
    async (slot: string, body: AnswerBody) => {
      const before = current.current
      if (!before) return '请先开始填写'
      setBusy(true)
      try {
        apply(await answerQuestion(before.id, { ...body, slot }))
        return null
      } catch (error) {
        return messageOf(error)
      } finally {
        setBusy(false)
      }
    },
    [apply],
  )

  const reset = useCallback(() => {
    current.current = null
    setSession(null)
    setMessages([])
  }, [])

  return {
    session,
    messages,
    busy,
    start,
    resume,
    answer: (body, shown) => step(shown, (s) => answerQuestion(s.id, body)),
    correct: (text) => step(text, (s) => correctFact(s.id, text), '好的，已经改过来了。'),
    skip: (unknown) => step(unknown ? '不知道' : '跳过', (s) => skipQuestion(s.id, unknown)),
    back: () => step('返回上一步', (s) => goBack(s.id), '好的，我们回到上一题。'),
    chooseType: (code, shown) => step(shown, (s) => setDisputeType(s.id, code)),
    editFact,
    reset,
  }
}
