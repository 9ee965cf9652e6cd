import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { useCurrentRole } from '@/hooks/use-current-role'

/** The mediator writes up the session from the room: the record is generated from its messages. */
export function RecordEntry({ caseId }: { caseId: string }) {
  const isMediator = useCurrentRole() === 'mediator'
  if (!isMediator) return null
  return (
    <View className="tj-section">
      <Button block className="tj-touch" onClick={() => openRoute(withQuery(ROUTES.mediationRecord, { caseId }))}>
        调解笔录
      </Button>
    </View>
  )
}
