import { Progress } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

export interface UploadItem {
  path: string
  name: string
  percent: number
  error: string | null
  done: boolean
}

/** Per-photo progress after the case was created; a failed photo says why and can be added in the case later. */
export function UploadStatus({ items }: { items: readonly UploadItem[] }) {
  if (items.length === 0) return null
  return (
    <View className="tj-section tj-stack" data-testid="intake-uploads">
      <Text className="tj-section__title">正在上传证据照片</Text>
      {items.map((item) => (
        <View key={item.path} className="tj-stack" data-upload={item.name}>
          <Text>
            {item.name}：{item.error ? '上传失败' : item.done ? '已上传' : `${item.percent}%`}
          </Text>
          <Progress
            percent={item.percent}
            showText={false}
            color={item.error ? 'var(--tj-color-danger)' : 'var(--tj-color-primary)'}
          />
          {item.error ? <Text className="tj-error">{item.error}</Text> : null}
        </View>
      ))}
    </View>
  )
}
