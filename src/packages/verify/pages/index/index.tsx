import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { VerifyScreen } from '@/features/verify/components/verify-screen'

/** Public, no login: anyone holding a signed agreement can check it. Param `code` pre-fills the code. */
export default function VerifyPage() {
  const { code } = useRouter().params
  return (
    <PageShell>
      <VerifyScreen initialCode={code ? decodeURIComponent(code) : ''} />
    </PageShell>
  )
}
