import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import type { CaseDetail } from '../api/get-case'
import { caseStatusLabel, formatDateTime, PARTY_ROLE_LABELS } from '../case-status'

const SUMMARY_KEYS = new Set([
  'id',
  'caseNumber',
  'title',
  'disputeType',
  'status',
  'myRole',
  'committee',
  'createdAt',
  'updatedAt',
])

/** Extra fields the server sends that this version does not know yet, shown as plain text rather than dropped. */
function extraFields(detail: CaseDetail): [string, string][] {
  return Object.entries(detail)
    .filter(([key, value]) => !SUMMARY_KEYS.has(key) && value !== null && value !== undefined)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => [key, String(value)])
}

export function CaseDetailView({ detail }: { detail: CaseDetail }) {
  const extras = extraFields(detail)
  return (
    <View>
      <View className="tj-section">
        <Text className="tj-section__title">{detail.title}</Text>
        <Text className="tj-muted">{detail.caseNumber}</Text>
      </View>
      <CellGroup>
        <Cell title="状态" extra={caseStatusLabel(detail.status)} />
        <Cell title="纠纷类型" extra={detail.disputeType} />
        <Cell title="我的身份" extra={PARTY_ROLE_LABELS[detail.myRole] ?? detail.myRole} />
        <Cell title="调解委员会" extra={detail.committee?.name ?? '尚未分配'} />
        <Cell title="申请时间" extra={formatDateTime(detail.createdAt)} />
        <Cell title="最近更新" extra={formatDateTime(detail.updatedAt)} />
        <Cell
          title="法律意见书"
          clickable
          onClick={() => openRoute(withQuery(ROUTES.opinion, { caseId: detail.id }))}
        />
        <Cell
          title="事实清单"
          clickable
          onClick={() => openRoute(withQuery(ROUTES.factSheet, { caseId: detail.id }))}
        />
        <Cell
          title="在线调解室"
          clickable
          onClick={() => openRoute(withQuery(ROUTES.sessionRoom, { caseId: detail.id }))}
        />
        <Cell
          title="调解协议"
          clickable
          onClick={() => openRoute(withQuery(ROUTES.agreement, { caseId: detail.id }))}
        />
      </CellGroup>
      {extras.length > 0 ? (
        <CellGroup title="其他信息">
          {extras.map(([key, value]) => (
            <Cell key={key} title={key} extra={value} />
          ))}
        </CellGroup>
      ) : null}
    </View>
  )
}
