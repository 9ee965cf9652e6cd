import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { API_BASE_URL } from '@/lib/config'

interface ReceiptPhotoProps {
  instalmentId: string
  /** The signed, short-lived link from the performance response (an <Image> cannot send the bearer token). */
  url: string
}

/** The payer's receipt photo on the instalment card; a tap opens the system viewer to zoom in. */
export function ReceiptPhoto({ instalmentId, url }: ReceiptPhotoProps) {
  const src = `${API_BASE_URL}${url}`
  const preview = () => {
    Taro.previewImage({ urls: [src], current: src }).catch(() => {
      // Closed or unavailable: the photo stays on the card.
    })
  }
  return (
    <View className="tj-stack">
      <View
        className="tj-touch"
        role="button"
        aria-label="付款凭证照片，点击查看大图"
        data-testid={`perf-receipt-photo-${instalmentId}`}
        onClick={preview}
      >
        <Image className="tj-perf-receipt" src={src} mode="aspectFit" lazyLoad />
      </View>
      <Text className="tj-muted">付款凭证（点击查看大图）</Text>
    </View>
  )
}
