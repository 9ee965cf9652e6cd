import type { DefaultRoute, TrackedInstalment } from '@contract/performance'
import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { confirmInstalmentReceived } from '../api/confirm-instalment-received'
import { declareInstalmentDefault } from '../api/declare-instalment-default'
import { getDefaultRoute } from '../api/get-default-route'
import { markInstalmentPaid } from '../api/mark-instalment-paid'
import { uploadReceiptPhoto } from '../api/upload-receipt-photo'
import { chinaToday } from '../format-time'
import { DefaultRouteCard } from './default-route-card'
import { ReceiptPhotoPicker } from './receipt-photo-picker'

export interface InstalmentActionsProps {
  caseId: string
  instalment: TrackedInstalment
  isPayer: boolean
  isPayee: boolean
  isStaff: boolean
  onChanged: (fresh: TrackedInstalment) => void
}

type Busy = 'paid' | 'confirm' | 'default' | 'route' | null

/** What the signed-in user may do with one instalment: pay, confirm receipt, or record a default. */
export function InstalmentActions({
  caseId,
  instalment,
  isPayer,
  isPayee,
  isStaff,
  onChanged,
}: InstalmentActionsProps) {
  const [photo, setPhoto] = useState<string | null>(null)
  const [busy, setBusy] = useState<Busy>(null)
  const [error, setError] = useState<string | null>(null)
  const [route, setRoute] = useState<DefaultRoute | null>(null)
  const { id, status } = instalment

  const run = async (action: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(action)
    setError(null)
    try {
      await work()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(null)
    }
  }

  const markPaid = () => {
    if (!photo) {
      setError('请先上传付款凭证照片')
      return
    }
    void run('paid', async () => {
      const file = await uploadReceiptPhoto(caseId, photo)
      onChanged(await markInstalmentPaid(id, file.id))
    })
  }
  const confirm = () => void run('confirm', async () => onChanged(await confirmInstalmentReceived(id)))
  const declareDefault = () =>
    void run('default', async () => {
      setRoute(await declareInstalmentDefault(id))
      onChanged({ ...instalment, status: 'defaulted' })
    })
  const showRoute = () => void run('route', async () => setRoute(await getDefaultRoute(id)))

  const canPay = isPayer && (status === 'due' || status === 'defaulted')
  const canConfirm = isPayee && status === 'paid'
  const overdue = chinaToday() > instalment.dueDate
  const canDeclareDefault = (isPayee || isStaff) && status === 'due' && overdue
  const canSeeRoute = (isPayee || isStaff) && status === 'defaulted' && !route

  return (
    <View className="tj-stack">
      {canPay ? (
        <View className="tj-stack" aria-label="标记已付款">
          <ReceiptPhotoPicker path={photo} onPicked={setPhoto} disabled={busy !== null} />
          <Button
            type="primary"
            className="tj-touch"
            loading={busy === 'paid'}
            disabled={busy !== null}
            data-testid={`perf-mark-paid-${id}`}
            onClick={markPaid}
          >
            我已付款
          </Button>
        </View>
      ) : null}
      {canConfirm ? (
        <Button
          type="primary"
          className="tj-touch"
          loading={busy === 'confirm'}
          disabled={busy !== null}
          data-testid={`perf-confirm-${id}`}
          onClick={confirm}
        >
          确认已收到款项
        </Button>
      ) : null}
      {canDeclareDefault ? (
        <Button
          className="tj-touch"
          loading={busy === 'default'}
          disabled={busy !== null}
          data-testid={`perf-default-${id}`}
          onClick={declareDefault}
        >
          对方逾期未付，登记未履行
        </Button>
      ) : null}
      {canSeeRoute ? (
        <Button
          className="tj-touch"
          loading={busy === 'route'}
          disabled={busy !== null}
          data-testid={`perf-route-${id}`}
          onClick={showRoute}
        >
          查看救济途径
        </Button>
      ) : null}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
      {route ? <DefaultRouteCard route={route} /> : null}
    </View>
  )
}
