import type { Performance, VisitBody } from '@contract/performance'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { addFollowUpVisit } from '../api/add-follow-up-visit'
import { chinaToday } from '../format-time'
import { VISIT_METHOD_LABELS, VISIT_PERFORMANCE_LABELS } from '../visit-labels'
import { ChoiceChips } from './choice-chips'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }))

/** Checks the visit as the server will, so each problem is named in Chinese before sending. */
function visitError(visitedOn: string, notes: string, method: unknown, performance: unknown): string | null {
  if (!DATE.test(visitedOn) || Number.isNaN(Date.parse(visitedOn))) return '回访日期格式应为 2026-11-26'
  if (visitedOn > chinaToday()) return '回访日期不能晚于今天'
  if (!method) return '请选择回访方式'
  if (!performance) return '请选择履行情况'
  if (notes.trim().length < 2) return '请填写回访记录（至少2个字）'
  if (notes.trim().length > 1000) return '回访记录不能超过1000字'
  return null
}

/** The mediator's 回访记录 (PML 31: the committee supervises performance). */
export function VisitForm({ caseId, onSaved }: { caseId: string; onSaved: (visits: Performance['visits']) => void }) {
  const [visitedOn, setVisitedOn] = useState(chinaToday())
  const [method, setMethod] = useState<VisitBody['method'] | null>(null)
  const [performance, setPerformance] = useState<VisitBody['performance'] | null>(null)
  const [notes, setNotes] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const submit = async () => {
    const problem = visitError(visitedOn.trim(), notes, method, performance)
    setError(problem)
    if (problem || !method || !performance) return
    setSending(true)
    try {
      onSaved(await addFollowUpVisit(caseId, { visitedOn: visitedOn.trim(), method, performance, notes: notes.trim() }))
      setNotes('')
      setMethod(null)
      setPerformance(null)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setSending(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="登记回访" data-testid="visit-form">
      <Text className="tj-section__title">登记回访</Text>
      <View className="tj-stack" data-field="visitedOn">
        <Text className="tj-perf-label">回访日期</Text>
        <Input name="visitedOn" placeholder="2026-11-26" value={visitedOn} onChange={setVisitedOn} />
      </View>
      <ChoiceChips
        path="visit-method"
        label="回访方式"
        options={options(VISIT_METHOD_LABELS)}
        value={method}
        onChange={setMethod}
      />
      <ChoiceChips
        path="visit-performance"
        label="履行情况"
        options={options(VISIT_PERFORMANCE_LABELS)}
        value={performance}
        onChange={setPerformance}
      />
      <View className="tj-stack" data-field="notes">
        <Text className="tj-perf-label">回访记录</Text>
        <Textarea
          className="tj-perf-textarea"
          name="visitNotes"
          value={notes}
          placeholder="当事人反映的履行情况、是否有新的矛盾等"
          maxlength={1000}
          autoHeight
          onInput={(event) => setNotes(event.detail.value)}
        />
      </View>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={sending}
        disabled={sending}
        data-testid="visit-submit"
        onClick={() => void submit()}
      >
        保存回访记录
      </Button>
    </View>
  )
}
