import type { FailureRoutes } from '@contract/mediation-record'
import { Text, View } from '@tarojs/components'
import { PARTY_ROLE_LABELS, ROUTE_KIND_LABELS } from '../record-labels'

interface FailureRoutesViewProps {
  routes: FailureRoutes
  /** A party sees its own routes only; null (staff) sees every party's. */
  myPartyRole: string | null
  /** No outcome yet, but the routes are already open (a labour case past 15 days, LDMAL 14). */
  stillMediating: boolean
}

function heading(myPartyRole: string | null, stillMediating: boolean): string {
  if (stillMediating) return myPartyRole ? '调解仍在进行，您也可以选择以下途径' : '调解仍在进行，各方已可选择的途径'
  return myPartyRole ? '您还可以通过这些途径解决纠纷' : '各方的后续途径'
}

/** What each party can still do when mediation fails (PML 26), with the article and the time limit of each route. */
export function FailureRoutesView({ routes, myPartyRole, stillMediating }: FailureRoutesViewProps) {
  const mine = routes.parties.filter((party) => party.role === myPartyRole)
  const shown = mine.length > 0 ? mine : routes.parties
  return (
    <View className="tj-section tj-stack" aria-label="后续途径">
      <Text className="tj-section__title">{heading(myPartyRole, stillMediating)}</Text>
      <View className="tj-rec-disclaimer tj-stack" role="note">
        <Text className="tj-rec-route__title">法律信息，不构成法律意见</Text>
        <Text className="tj-muted">{routes.disclaimer}</Text>
      </View>
      {routes.notes.map((note, i) => (
        <Text key={i} className="tj-rec-text">
          {note}
        </Text>
      ))}
      {shown.map((party) => (
        <View key={party.partyId} className="tj-stack" data-party={party.partyId}>
          {myPartyRole === null || mine.length === 0 ? (
            <Text className="tj-rec-party__name">
              {PARTY_ROLE_LABELS[party.role] ?? party.role} {party.name}
            </Text>
          ) : null}
          {party.routes.length === 0 ? <Text className="tj-muted">暂无可列出的途径，请咨询调解员。</Text> : null}
          {party.routes.map((route, i) => (
            <View key={`${route.kind}-${i}`} className="tj-rec-route" data-route={route.kind}>
              <Text className="tj-rec-route__title">
                【{ROUTE_KIND_LABELS[route.kind] ?? route.kind}】{route.title}
              </Text>
              <Text className="tj-rec-text">{route.body}</Text>
              <Text className="tj-rec-line">依据：{route.basis}</Text>
              {route.timeLimit ? <Text className="tj-rec-route__limit">时限：{route.timeLimit}</Text> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
