import type { Opinion, OpinionCalculationRequest, OpinionVersionList } from '@contract/opinions'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { isApiError, messageOf, type ApiError } from '@/lib/api-error'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { downloadOpinionPdf } from '../api/download-opinion-pdf'
import { generateOpinion } from '../api/generate-opinion'
import { getLatestOpinion } from '../api/get-latest-opinion'
import { getOpinionVersion } from '../api/get-opinion-version'
import { listOpinionVersions } from '../api/list-opinion-versions'
import { OpinionVersions } from './opinion-versions'
import { OpinionView } from './opinion-view'
import './opinion.scss'

type Versions = OpinionVersionList['items']

/** What went wrong, with the server's list of missing facts when it gave one (422 OPINION_FACTS_MISSING). */
function ActionError({ error }: { error: ApiError | string }) {
  const details = isApiError(error) ? error.details.map((detail) => detail.message) : []
  return (
    <View role="alert" className="tj-opinion-error">
      <Text className="tj-error">{isApiError(error) ? error.message : error}</Text>
      {details.length > 1
        ? details.map((message) => (
            <Text key={message} className="tj-error">
              · {message}
            </Text>
          ))
        : null}
    </View>
  )
}

/** The server could not find anything to calculate: the calculator is where those figures come from. */
function needsCalculation(error: ApiError | string | null): boolean {
  return isApiError(error) && error.details.some((detail) => detail.field === 'calculations')
}

interface OpinionScreenProps {
  caseId: string
  /** Calculations handed over from the calculator page; sent with "generate" instead of the case's own. */
  calculations: OpinionCalculationRequest[]
}

export function OpinionScreen({ caseId, calculations }: OpinionScreenProps) {
  const load = useCallback(async () => {
    const [latest, list] = await Promise.all([getLatestOpinion(caseId), listOpinionVersions(caseId)])
    return { latest, versions: list.items }
  }, [caseId])
  const initial = useRequest(load)
  const [opinion, setOpinion] = useState<Opinion | null>(null)
  const [versions, setVersions] = useState<Versions>([])
  const [busy, setBusy] = useState<'generate' | 'download' | 'version' | null>(null)
  const [actionError, setActionError] = useState<ApiError | string | null>(null)
  const [downloaded, setDownloaded] = useState(false)

  useEffect(() => {
    if (!initial.data) return
    setOpinion(initial.data.latest)
    setVersions(initial.data.versions)
  }, [initial.data])

  const run = async (kind: NonNullable<typeof busy>, action: () => Promise<void>) => {
    setBusy(kind)
    setActionError(null)
    setDownloaded(false)
    try {
      await action()
    } catch (error) {
      setActionError(isApiError(error) ? error : messageOf(error))
    } finally {
      setBusy(null)
    }
  }

  const generate = () =>
    run('generate', async () => {
      setOpinion(await generateOpinion(caseId, calculations.length > 0 ? { calculations } : {}))
      setVersions((await listOpinionVersions(caseId)).items)
    })
  const openVersion = (version: number) =>
    run('version', async () => setOpinion(await getOpinionVersion(caseId, version)))
  const download = (current: Opinion) =>
    run('download', async () => {
      await downloadOpinionPdf({ caseId, version: current.version, caseNumber: current.document.caseNumber })
      setDownloaded(true)
    })

  if (initial.error) return <ErrorNotice error={initial.error} onRetry={() => void initial.reload()} />
  if (initial.loading) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }

  const generateButton = (
    <Button
      type={opinion ? 'default' : 'primary'}
      block
      className="tj-touch"
      loading={busy === 'generate'}
      disabled={busy !== null}
      onClick={() => void generate()}
    >
      {opinion ? '按最新案情重新生成' : '生成法律意见书'}
    </Button>
  )

  return (
    <View>
      {opinion ? (
        <OpinionView opinion={opinion} />
      ) : (
        <EmptyState
          title="尚未生成法律意见书"
          description="系统将根据案件事实和法定计算标准生成法律意见书，供调解参考。"
        />
      )}
      <View className="tj-section tj-stack">
        {opinion ? (
          <Button
            type="primary"
            block
            className="tj-touch"
            loading={busy === 'download'}
            disabled={busy !== null}
            onClick={() => void download(opinion)}
          >
            下载PDF
          </Button>
        ) : null}
        {calculations.length > 0 ? (
          <Text className="tj-muted">将按计算器中的 {calculations.length} 项计算生成新版本。</Text>
        ) : null}
        {generateButton}
        {downloaded ? <Text className="tj-muted">PDF 已下载。</Text> : null}
        {actionError ? <ActionError error={actionError} /> : null}
        {needsCalculation(actionError) ? (
          <Button block className="tj-touch" onClick={() => openRoute(withQuery(ROUTES.calculator, { caseId }))}>
            用赔偿计算器测算
          </Button>
        ) : null}
      </View>
      {opinion ? (
        <OpinionVersions versions={versions} current={opinion.version} onOpen={(v) => void openVersion(v)} />
      ) : null}
    </View>
  )
}
