import type { ServedDocument } from '@contract/service'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { downloadServedPdf } from '../api/download-served-pdf'
import { openServedDocument } from '../api/open-served-document'
import { formatChinaTime } from '../format-time'
import { receiptLabel, SERVED_KIND_LABELS, serviceCompletionLabel } from '../served-labels'

interface ServedDocumentCardProps {
  served: ServedDocument
  onOpened: (fresh: ServedDocument) => void
}

/** One served document: when it arrived, whether it was read, and the button that opens (and signs for) it. */
export function ServedDocumentCard({ served, onOpened }: ServedDocumentCardProps) {
  const [opening, setOpening] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const open = async () => {
    setOpening(true)
    setError(null)
    try {
      // Record the receipt first, so it stands even if the download fails on a weak network.
      const fresh = await openServedDocument(served.id)
      onOpened(fresh)
      await downloadServedPdf({ id: served.id, title: served.title })
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setOpening(false)
    }
  }

  const read = served.openedAt !== null
  return (
    <View
      className={`tj-inbox-card${read ? '' : ' tj-inbox-card--unread'}`}
      role="listitem"
      aria-label={served.title}
      data-testid={`inbox-item-${served.id}`}
      data-read={read ? 'true' : 'false'}
    >
      <View className="tj-inbox-card__head">
        <Text className="tj-inbox-card__title">{served.title}</Text>
        <Text className={read ? 'tj-inbox-badge' : 'tj-inbox-badge tj-inbox-badge--unread'}>
          {read ? '已读' : '未读'}
        </Text>
      </View>
      <Text className="tj-muted">
        {SERVED_KIND_LABELS[served.kind] ?? served.kind} · 受送达人：{served.partyName}
      </Text>
      <Text className="tj-muted">送达时间：{formatChinaTime(served.servedAt)}</Text>
      <Text className="tj-muted">回执：{receiptLabel(served)}</Text>
      <Text className="tj-muted">{serviceCompletionLabel(served)}</Text>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
      <Button
        type={read ? 'default' : 'primary'}
        className="tj-touch"
        loading={opening}
        disabled={opening}
        data-testid={`inbox-open-${served.id}`}
        onClick={() => void open()}
      >
        {read ? '再次查看' : '打开文书'}
      </Button>
    </View>
  )
}
