import type { MyRating } from '@contract/performance'
import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { rateMediation } from '../api/rate-mediation'
import { formatChinaTime } from '../format-time'
import { ChoiceChips } from './choice-chips'

const SCORES = [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value} 分` }))
const MAX_COMMENT = 500

/** Checks the rating as the server will (1–5, comment ≤ 500 characters). */
export function ratingError(score: number | null, comment: string): string | null {
  if (score === null || !Number.isInteger(score) || score < 1 || score > 5) return '请选择 1–5 分'
  if (comment.trim().length > MAX_COMMENT) return `评价内容不能超过${MAX_COMMENT}字`
  return null
}

/** The rating this party already gave, instead of the form (each party rates once). */
function MyRatingView({ rating, justSent }: { rating: MyRating; justSent: boolean }) {
  return (
    <View className="tj-section tj-stack" data-testid="rating-done">
      <Text className="tj-section__title">{justSent ? '感谢您的评价' : '您已评价'}</Text>
      <Text data-testid="rating-mine">
        评分：{rating.score} 分（{formatChinaTime(rating.createdAt)}）
      </Text>
      {rating.comment ? <Text className="tj-muted">意见和建议：{rating.comment}</Text> : null}
      <Text className="tj-muted">每位当事人可评价一次。评价仅调解委员会管理员可见，用于改进调解工作。</Text>
    </View>
  )
}

interface RatingFormProps {
  caseId: string
  /** From the performance response: set when this party has rated already. */
  myRating: MyRating | null
}

/** A party rates the mediation once: 1 (很不满意) to 5 (非常满意), with an optional comment. */
export function RatingForm({ caseId, myRating }: RatingFormProps) {
  const [score, setScore] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState<MyRating | null>(null)

  const submit = async () => {
    const problem = ratingError(score, comment)
    setError(problem)
    if (problem || score === null) return
    setSending(true)
    try {
      await rateMediation(caseId, { score, comment: comment.trim() || undefined })
      setSent({ score, comment: comment.trim(), createdAt: new Date().toISOString() })
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setSending(false)
    }
  }

  const given = sent ?? myRating
  if (given) return <MyRatingView rating={given} justSent={sent !== null} />
  return (
    <View className="tj-section tj-stack" aria-label="评价本次调解" data-testid="rating-form">
      <Text className="tj-section__title">评价本次调解</Text>
      <Text className="tj-muted">1 分为很不满意，5 分为非常满意。每位当事人可评价一次。</Text>
      <ChoiceChips path="rating-score" label="评分" options={SCORES} value={score} onChange={setScore} />
      <View className="tj-stack" data-field="comment">
        <Text className="tj-perf-label">意见和建议（可不填）</Text>
        <Textarea
          className="tj-perf-textarea"
          name="ratingComment"
          value={comment}
          placeholder="调解员的态度、效率，您的建议"
          maxlength={-1}
          autoHeight
          onInput={(event) => setComment(event.detail.value)}
        />
        <Text className="tj-muted">
          {comment.trim().length}/{MAX_COMMENT}
        </Text>
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
        data-testid="rating-submit"
        onClick={() => void submit()}
      >
        提交评价
      </Button>
    </View>
  )
}
