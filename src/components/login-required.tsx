import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'

/** Shown in place of a page's content until the user has logged in. */
export function LoginRequired({ reason }: { reason: string }) {
  return (
    <View className="tj-section tj-stack">
      <Text className="tj-section__title">请先登录</Text>
      <Text className="tj-muted">{reason}</Text>
      <Button type="primary" block className="tj-touch" onClick={() => openRoute(ROUTES.login)}>
        登录 / 注册
      </Button>
    </View>
  )
}
