import { Button } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

interface ReceiptPhotoPickerProps {
  path: string | null
  onPicked: (path: string) => void
  disabled?: boolean
}

/** One photo of the transfer slip or receipt, from the album or the camera. */
export function ReceiptPhotoPicker({ path, onPicked, disabled }: ReceiptPhotoPickerProps) {
  const choose = async () => {
    try {
      const result = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      const picked = result.tempFiles?.[0]?.path ?? result.tempFilePaths?.[0]
      if (picked) onPicked(picked)
    } catch {
      // cancelled
    }
  }
  return (
    <View className="tj-stack" data-field="receipt">
      {path ? <Image className="tj-perf-receipt" src={path} mode="aspectFit" /> : null}
      <Button className="tj-touch" disabled={disabled} data-testid="perf-receipt-pick" onClick={() => void choose()}>
        {path ? '重新选择付款凭证' : '上传付款凭证照片'}
      </Button>
      <Text className="tj-muted">转账截图、银行回单或收条照片均可。</Text>
    </View>
  )
}
