import type { AnswerBody } from '@contract/intake'

/** Every answer control hands back the body to send and the words to show in the resident's bubble. */
export type SubmitAnswer = (body: AnswerBody, shown: string) => void
