import type { AgreementComment, AgreementVersion } from '@contract/agreements'
import { Text, View } from '@tarojs/components'

interface AgreementDocumentProps {
  agreement: AgreementVersion
  comments: AgreementComment[]
  /** Tapping a clause starts a comment on it; omitted when commenting is closed. */
  onComment?: (clauseKey: string, label: string) => void
}

/** The exact text every party reads, clause by clause, each with the comments made on it. */
export function AgreementDocument({ agreement, comments, onComment }: AgreementDocumentProps) {
  return (
    <View className="tj-section tj-stack" aria-label="协议文本">
      <Text className="tj-section__title">{agreement.title}</Text>
      <Text className="tj-muted">
        第 {agreement.version} 版{agreement.latest ? '（最新）' : '（已被新版本取代）'} · 校验值{' '}
        {agreement.sha256.slice(0, 12)}…
      </Text>
      {agreement.clauses.map((clause) => {
        const onClause = comments.filter((comment) => comment.clauseKey === clause.key)
        return (
          <View key={clause.key} className="tj-agr-clause" data-clause={clause.key}>
            <Text className="tj-agr-clause__label">{clause.label}</Text>
            <Text className="tj-agr-clause__text">{clause.text}</Text>
            {onClause.map((comment) => (
              <View key={comment.id} className="tj-agr-comment">
                <Text className="tj-muted">
                  {comment.author.name}（第 {comment.version} 版）：
                </Text>
                <Text>{comment.text}</Text>
                {comment.proposedText ? (
                  <Text className="tj-agr-comment__proposal">建议改为：{comment.proposedText}</Text>
                ) : null}
              </View>
            ))}
            {onComment ? (
              <View
                role="button"
                className="tj-agr-clause__action tj-touch"
                aria-label={`对${clause.label}提意见`}
                onClick={() => onComment(clause.key, clause.label)}
              >
                对本条提意见
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
