import type { Question } from './types'

/** What the respondent is asked instead of the applicant's request. */
const RESPONDENT_CLAIM = '您对申请人的请求有什么意见？您希望怎样解决？'

/**
 * The catalogue asks the applicant ("还欠您多少钱？"). The respondent answers the same facts about the applicant
 * ("还欠申请人多少钱？"), and gives their position instead of a request.
 */
export function forRespondent(question: Question): Question {
  if (question.slot === 'claim') return { ...question, label: '对申请人请求的意见', text: RESPONDENT_CLAIM }
  const text = question.text.replace(/您/g, '申请人')
  return { ...question, text, ...(question.hint ? { hint: question.hint.replace(/您/g, '申请人') } : {}) }
}
