import type { IntakeSession } from '@contract/intake'
import { Text, View } from '@tarojs/components'

const LIMITATION_STATUS: Record<IntakeSession['limitations'][number]['status'], string> = {
  running: '时效期间内',
  soon: '快到期了，请尽快申请',
  passed: '可能已过时效，仍可申请调解，调解员会帮您判断',
  not_started: '尚未开始计算',
  unknown: '还需确认日期才能计算',
}

/** Limitation periods computed from the facts: a late claim can be lost, so these are shown before submitting. */
export function LimitationList({ limitations }: { limitations: IntakeSession['limitations'] }) {
  if (limitations.length === 0) return null
  return (
    <View className="tj-section tj-stack" data-testid="intake-limitations">
      <Text className="tj-section__title">时效提醒</Text>
      {limitations.map((item) => (
        <View
          key={item.label}
          className={`tj-intake-limitation tj-intake-limitation--${item.status}`}
          data-status={item.status}
        >
          <Text className="tj-intake-fact__label">{item.label}</Text>
          <Text>
            {LIMITATION_STATUS[item.status]}
            {item.deadline ? `（截止 ${item.deadline}）` : ''}
          </Text>
          <Text className="tj-muted">
            {item.note}（依据：{item.basis}）
          </Text>
        </View>
      ))}
    </View>
  )
}

/** What to bring to the mediation for this type of dispute. */
export function MaterialsList({ materials }: { materials: readonly string[] }) {
  if (materials.length === 0) return null
  return (
    <View className="tj-section tj-stack" data-testid="intake-materials">
      <Text className="tj-section__title">请准备这些材料</Text>
      {materials.map((item) => (
        <Text key={item}>· {item}</Text>
      ))}
      <Text className="tj-muted">没有的也可以先提交，调解员会告诉您怎么补。</Text>
    </View>
  )
}
