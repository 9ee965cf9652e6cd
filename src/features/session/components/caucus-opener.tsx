import type { RoomMember } from '@contract/sessions'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { roleLabel } from '../participants'

interface CaucusOpenerProps {
  /** The case's parties by name, from the server; those without an account cannot be picked yet. */
  parties: RoomMember[]
  loading: boolean
  busy: boolean
  error: string | null
  onOpen: (partyUserId: string) => void
}

export function partyLabel(party: RoomMember): string {
  return `${party.name}（${roleLabel(party.role)}）`
}

/** 背靠背: the mediator picks one party by name and talks with them alone. */
export function CaucusOpener({ parties, loading, busy, error, onOpen }: CaucusOpenerProps) {
  return (
    <View className="tj-section tj-stack tj-caucus">
      <Text className="tj-section__title">背靠背调解</Text>
      <Text className="tj-muted">选择一方当事人单独沟通，另一方看不到这里的对话。</Text>
      {loading ? <Text className="tj-muted">正在读取当事人…</Text> : null}
      {!loading && parties.length === 0 ? <Text className="tj-muted">本案暂无当事人信息。</Text> : null}
      <View className="tj-caucus__parties" role="list" aria-label="选择当事人">
        {parties.map((party, index) => (
          <View key={party.userId ?? `no-account-${index}`} role="listitem" className="tj-caucus__party">
            <Button
              className="tj-touch"
              loading={busy}
              disabled={party.userId === null}
              onClick={() => party.userId && onOpen(party.userId)}
            >
              与{partyLabel(party)}单独沟通
            </Button>
            {party.userId === null ? <Text className="tj-muted">尚未注册加入，暂不能单独沟通</Text> : null}
          </View>
        ))}
      </View>
      {error ? (
        <View role="alert">
          <Text className="tj-error">{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
