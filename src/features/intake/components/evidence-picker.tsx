import { Button } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import {
  checkPickedImages,
  MAX_EVIDENCE_IMAGES,
  type EvidenceImage,
  type PickedImage,
  type RefusedImage,
} from '../evidence-files'

interface EvidencePickerProps {
  images: readonly EvidenceImage[]
  onAdd: (images: EvidenceImage[]) => void
  onRemove: (path: string) => void
}

async function pickImages(count: number): Promise<PickedImage[]> {
  const result = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return (result.tempFiles ?? []).map((file) => ({
    path: file.path,
    size: file.size,
    type: file.type || file.originalFileObj?.type,
    name: file.originalFileObj?.name,
  }))
}

/** Photos of contracts, pay slips, chats: kept on the phone now, uploaded right after the case is created. */
export function EvidencePicker({ images, onAdd, onRemove }: EvidencePickerProps) {
  const [refused, setRefused] = useState<RefusedImage[]>([])
  const room = MAX_EVIDENCE_IMAGES - images.length

  const choose = async () => {
    let picked: PickedImage[]
    try {
      picked = await pickImages(Math.max(room, 1))
    } catch {
      return // cancelled
    }
    const checked = checkPickedImages(picked, images.length)
    setRefused(checked.refused)
    if (checked.kept.length) onAdd(checked.kept)
  }

  return (
    <View className="tj-section tj-stack" data-testid="intake-evidence">
      <Text className="tj-section__title">证据照片（可选）</Text>
      <Text className="tj-muted">
        合同、工资条、聊天记录、收据等，拍照即可。jpg/png/webp/heic 格式，每张不超过 10 MB。
      </Text>
      {images.map((image) => (
        <View key={image.path} className="tj-intake-evidence" data-evidence={image.name}>
          <Image className="tj-intake-evidence__thumb" src={image.path} mode="aspectFill" />
          <Text className="tj-intake-evidence__name">{image.name}</Text>
          <View
            className="tj-intake-link"
            role="button"
            aria-label={`删除${image.name}`}
            onClick={() => onRemove(image.path)}
          >
            <Text>删除</Text>
          </View>
        </View>
      ))}
      {refused.length ? (
        <View className="tj-stack" role="alert">
          {refused.map((item, index) => (
            <Text key={`${item.name}-${index}`} className="tj-error">
              未添加“{item.name}”：{item.reason}
            </Text>
          ))}
        </View>
      ) : null}
      <Button className="tj-touch" disabled={room <= 0} onClick={() => void choose()}>
        {room > 0 ? '添加照片' : `最多 ${MAX_EVIDENCE_IMAGES} 张`}
      </Button>
    </View>
  )
}
