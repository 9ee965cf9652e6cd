import type { Me } from '@contract/auth'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ROUTES, withQuery } from '@/lib/routes'
import { abandonSession } from '../api/abandon-session'
import { useIntakeConversation } from '../hooks/use-intake-conversation'
import { useCaseSubmission } from '../hooks/use-case-submission'
import { useSummaryData } from '../hooks/use-routing'
import type { IntakeDraftStore } from '../stores/intake-draft-store'
import type { SpeechRecognizer } from '../voice/speech-recognizer'
import { ChatBubbles } from './chat-bubbles'
import { EvidencePicker } from './evidence-picker'
import { LimitationList, MaterialsList } from './guidance-lists'
import { IntakeProgress, QuestionPanel } from './question-panel'
import { RiskBanner } from './risk-banner'
import { RoutingPanel } from './routing-panel'
import { SummaryCard } from './summary-card'
import { TextComposer } from './text-composer'
import { UploadStatus } from './upload-status'
import './intake.scss'

/** Same words the server reads as a correction: these go to the corrections endpoint. */
const CORRECTION = /^\s*(?:不对|不是|错了|说错了|更正|纠正|改一下|应该是|改成|改为|其实是)/
/** The contract's limits (MAX_NARRATIVE_CHARS in types/intake-analyze.ts, answers 1000): values cannot be imported. */
const MAX_NARRATIVE_CHARS = 5000
const MAX_ANSWER_CHARS = 1000

interface IntakeScreenProps {
  me: Me
  draftStore: IntakeDraftStore
  recognizer: SpeechRecognizer | null
}

export function IntakeScreen({ me, draftStore: useDraft, recognizer }: IntakeScreenProps) {
  const draft = useDraft()
  const chat = useIntakeConversation()
  const [regionCode, setRegionCode] = useState<string | null>(null)
  const summary = useSummaryData(chat.session, regionCode)
  const submission = useCaseSubmission()
  const [committeeId, setCommitteeId] = useState<string | null>(null)
  const [resumeOffered, setResumeOffered] = useState(false)
  const [submittedCaseId, setSubmittedCaseId] = useState<string | null>(null)
  const { session, busy } = chat

  // A draft left by another account on this phone is not ours to show.
  useEffect(() => {
    const { ownerId, sessionId } = useDraft.getState()
    if (ownerId && ownerId !== me.id) useDraft.getState().clear()
    else if (sessionId) setResumeOffered(true)
  }, [me.id, useDraft])

  const resume = async () => {
    const id = draft.sessionId
    if (!id) return setResumeOffered(false)
    const result = await chat.resume(id)
    if (result === 'failed') {
      // Keep the draft: the network may be back in a moment.
      void Taro.showToast({ title: '暂时无法读取，请检查网络后再试', icon: 'none' })
      return
    }
    setResumeOffered(false)
    if (result === 'gone') {
      useDraft.getState().clear()
      void Taro.showToast({ title: '上次的填写已结束，请重新开始', icon: 'none' })
    }
  }

  const startOver = () => {
    const id = draft.sessionId
    // Best effort: an unreachable server only means the old session stays open there.
    if (id) void abandonSession(id).catch(() => undefined)
    setResumeOffered(false)
    draft.clear()
    chat.reset()
  }

  const sendNarrative = async (text: string) => {
    const created = await chat.start(text)
    if (created) draft.startSession(me.id, created.id)
  }

  const sendAnswer = async (text: string) => {
    const ok = CORRECTION.test(text) ? await chat.correct(text) : await chat.answer({ text }, text)
    if (ok) draft.setUnsentText('')
  }

  const submit = async () => {
    if (!session) return
    const body = { ...(regionCode ? { regionCode } : {}), ...(committeeId ? { committeeId } : {}) }
    const result = await submission.submit(session.id, body, draft.images)
    if (!result) return
    draft.clear()
    setSubmittedCaseId(result.response.case.id)
    // With a failed photo the resident stays to read why; otherwise straight to the new case.
    if (result.failedUploads === 0) openCase(result.response.case.id)
  }

  if (resumeOffered) {
    return (
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">您有一次没填完的申请</Text>
        <Button className="tj-touch" type="primary" block onClick={() => void resume()}>
          继续上次的填写
        </Button>
        <Button className="tj-touch" block onClick={startOver}>
          重新开始
        </Button>
      </View>
    )
  }

  if (!session) {
    return (
      <View className="tj-intake">
        <ChatBubbles
          messages={[
            {
              id: 0,
              from: 'robot',
              text: '您好，请用自己的话说说遇到了什么事：对方是谁、什么时候、涉及多少钱、在哪里发生的。',
              lines: ['人民调解不收费。说不全也没关系，我会一项一项问您。'],
            },
            ...chat.messages,
          ]}
        />
        <View className="tj-section">
          <TextComposer
            name="narrative"
            value={draft.unsentText}
            onChange={draft.setUnsentText}
            onSend={(text) => void sendNarrative(text)}
            placeholder="例如：我在某某公司干了两年，老板欠我3万元工资一直不给……"
            sendLabel={busy ? '正在理解…' : '发送'}
            busy={busy}
            recognizer={recognizer}
            maxLength={MAX_NARRATIVE_CHARS}
          />
        </View>
      </View>
    )
  }

  const question = session.question
  return (
    <View className="tj-intake">
      <RiskBanner risk={session.risk} />
      <ChatBubbles messages={chat.messages} />
      {question ? (
        <>
          <QuestionPanel
            session={session}
            question={question}
            busy={busy}
            onAnswer={(body, shown) => void chat.answer(body, shown)}
            onChooseType={(code, shown) => void chat.chooseType(code, shown)}
            onSkip={(unknown) => void chat.skip(unknown)}
            onBack={() => void chat.back()}
          />
          <View className="tj-section">
            <TextComposer
              name="answer"
              value={draft.unsentText}
              onChange={draft.setUnsentText}
              onSend={(text) => void sendAnswer(text)}
              placeholder="也可以直接打字回答；说错了可以写“不对，是3万”"
              sendLabel="发送"
              busy={busy}
              recognizer={recognizer}
              maxLength={MAX_ANSWER_CHARS}
            />
          </View>
        </>
      ) : (
        <>
          <View className="tj-section tj-stack">
            <IntakeProgress session={session} />
            {submittedCaseId ? null : (
              <View className="tj-intake-link" role="button" onClick={() => !busy && void chat.back()}>
                <Text>返回上一步</Text>
              </View>
            )}
          </View>
          <SummaryCard session={session} catalogue={summary.catalogue} busy={busy} onEdit={chat.editFact} />
          <RoutingPanel
            routing={summary.routing}
            error={summary.error}
            loading={summary.loading}
            chosenId={committeeId}
            onChoose={setCommitteeId}
            onChooseRegion={(region) => {
              setCommitteeId(null) // committees differ by place
              setRegionCode(region.code)
            }}
          />
          <MaterialsList materials={summary.routing?.materials ?? session.materials} />
          <LimitationList limitations={session.limitations} />
          <EvidencePicker images={draft.images} onAdd={draft.addImages} onRemove={draft.removeImage} />
          <UploadStatus items={submission.uploads} />
          <View className="tj-section tj-stack">
            {submission.error ? (
              <View className="tj-error" role="alert">
                {submission.error}
              </View>
            ) : null}
            {submittedCaseId ? (
              <Button className="tj-touch" type="primary" block onClick={() => openCase(submittedCaseId)}>
                查看案件
              </Button>
            ) : (
              <Button
                className="tj-touch"
                type="primary"
                block
                disabled={!session.canSubmit || !summary.routing || submission.submitting}
                onClick={() => void submit()}
              >
                {submission.submitting ? '正在提交…' : '确认提交'}
              </Button>
            )}
          </View>
        </>
      )}
    </View>
  )
}

function openCase(caseId: string) {
  // Replace the intake page: going back from the case should not reopen a finished form.
  void Taro.redirectTo({ url: withQuery(ROUTES.caseDetail, { id: caseId }) })
}
