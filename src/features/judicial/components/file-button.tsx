import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'

interface FileButtonProps {
  label: string
  testId?: string
  open: () => Promise<void>
  primary?: boolean
}

/** Opens one generated document (申请书, 裁定书, an attachment) and says in Chinese when it cannot. */
export function FileButton({ label, testId, open, primary }: FileButtonProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      await open()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="tj-stack">
      <Button
        type={primary ? 'primary' : 'default'}
        block
        className="tj-touch"
        loading={busy}
        disabled={busy}
        data-testid={testId}
        onClick={() => void run()}
      >
        {label}
      </Button>
      {error ? <Text className="tj-error">{error}</Text> : null}
    </View>
  )
}
