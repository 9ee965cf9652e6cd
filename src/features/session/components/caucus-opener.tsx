import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { roleLabel } from '../participants'

interface CaucusOpenerProps {
  /** Parties known to have an account in this case (they have entered the joint room). */
  parties: Array<{ userId: string; role: string }>
  busy: boolean
  error: string | null
  onOpen: (partyUserId: string) => void
}

/** 背靠背: the mediator talks with one party alone. */
export function CaucusOpener({ parties, busy, error, onOpen }: CaucusOpenerProps) {
  return (
    <View className="tj-section tj-stack tj-caucus">
      <Text className="tj-section__title">背靠背调解</Text>
      {parties.length === 0 ? (
        <Text className="tj-muted">当事人进入调解室后，可与其单独沟通。</Text>
      ) : (
        <View className="tj-caucus__parties">
          {parties.map((party) => (
            <Button key={party.userId} className="tj-touch" loading={busy} onClick={() => onOpen(party.userId)}>
              与{roleLabel(party.role)}单独沟通
            </Button>
          ))}
        </View>
      )}
      {error ? (
        <View role="alert">
          <Text className="tj-error">{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
