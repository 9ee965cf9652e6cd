import type { SubmitBody, SubmitResponse } from '@contract/intake'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { submitIntake } from '../api/submit-intake'
import { uploadEvidence } from '../api/upload-evidence'
import type { EvidenceImage } from '../evidence-files'
import type { UploadItem } from '../components/upload-status'

export interface CaseSubmissionState {
  submitting: boolean
  error: string | null
  uploads: UploadItem[]
  submit: (sessionId: string, body: SubmitBody, images: readonly EvidenceImage[]) => Promise<Submitted | null>
}

export interface Submitted {
  response: SubmitResponse
  failedUploads: number
}

/** Submit, then upload the photos kept during intake to the new case one by one (a failure does not undo the case). */
export function useCaseSubmission(): CaseSubmissionState {
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [uploads, setUploads] = useState<UploadItem[]>([])

  const update = (path: string, change: Partial<UploadItem>) =>
    setUploads((items) => items.map((item) => (item.path === path ? { ...item, ...change } : item)))

  const submit: CaseSubmissionState['submit'] = async (sessionId, body, images) => {
    setSubmitting(true)
    setError(null)
    try {
      const response = await submitIntake(sessionId, body)
      setUploads(images.map((image) => ({ path: image.path, name: image.name, percent: 0, error: null, done: false })))
      let failedUploads = 0
      for (const image of images) {
        try {
          await uploadEvidence(response.case.id, image.path, (percent) => update(image.path, { percent }))
          update(image.path, { percent: 100, done: true })
        } catch (caught) {
          failedUploads += 1
          update(image.path, { error: `${messageOf(caught)}。可以稍后在案件详情里重新上传。` })
        }
      }
      return { response, failedUploads }
    } catch (caught) {
      setError(messageOf(caught))
      return null
    } finally {
      setSubmitting(false)
    }
  }

  return { submitting, error, uploads, submit }
}
