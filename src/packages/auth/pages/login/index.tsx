import type { TokenPair } from '@contract/auth'
import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { SmsLoginForm } from '@/features/auth/components/sms-login-form'
import { WechatLoginButton } from '@/features/auth/components/wechat-login-button'
import { leaveLoginPage } from '@/lib/navigation'
import { startSession } from '@/stores/session'

export default function LoginPage() {
  const onLoggedIn = (pair: TokenPair) => {
    startSession(pair)
    leaveLoginPage()
  }

  return (
    <PageShell>
      <View className="tj-section">
        <Text className="tj-section__title">登录在线调解</Text>
        <Text className="tj-muted">请使用手机号和短信验证码登录。</Text>
      </View>
      <View className="tj-inset tj-stack">
        <SmsLoginForm onLoggedIn={onLoggedIn} />
        {process.env.TARO_ENV === 'weapp' ? <WechatLoginButton onLoggedIn={onLoggedIn} /> : null}
      </View>
    </PageShell>
  )
}
