import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/lib/api-error'

export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <View className="tj-section tj-stack" role="alert">
      <Text className="tj-error">{error.message}</Text>
      {onRetry ? (
        <Button className="tj-touch" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
