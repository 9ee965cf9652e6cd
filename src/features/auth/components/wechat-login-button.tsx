import type { TokenPair } from '@contract/auth'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { loginWithWechat } from '../api/login-with-wechat'

/** 微信一键登录: Taro.login gives a one-time code the server exchanges with WeChat. Mini-program only. */
export function WechatLoginButton({ onLoggedIn }: { onLoggedIn: (pair: TokenPair) => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const login = async () => {
    setBusy(true)
    setError(null)
    try {
      const { code } = await Taro.login()
      onLoggedIn(await loginWithWechat(code))
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-stack">
      <Button type="success" block className="tj-touch" loading={busy} onClick={() => void login()}>
        微信一键登录
      </Button>
      {error ? <Text className="tj-error">{error}</Text> : null}
    </View>
  )
}
