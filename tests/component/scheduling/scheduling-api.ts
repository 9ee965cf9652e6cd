import type { ProposeScheduleBody, Schedule } from '@contract/sessions'
import type { RequestHandler } from '../../support/taro-double'

export const CASE_ID = 'case-1'
const V1 = '/api/v1'

export const PEOPLE = {
  mediator: { id: 'u-med', name: '李调解', role: 'mediator' as const },
  applicant: { id: 'u-app', name: '王秀英', role: 'applicant' as const },
  respondent: { id: 'u-resp', name: '某物流有限公司', role: 'respondent' as const },
  clerk: { id: 'u-clerk', name: '周书记员', role: null },
}
export type Who = keyof typeof PEOPLE

export interface Recorded {
  method: string
  path: string
  body: unknown
}

/** Status from the answers, as server/src/services/sessions/schedules.ts decides it. */
function statusFrom(answers: string[]): Schedule['status'] {
  if (answers.includes('declined')) return 'declined'
  return answers.length > 0 && answers.every((a) => a === 'confirmed') ? 'confirmed' : 'proposed'
}

/**
 * The scheduling endpoints of server/src/routes/api/v1/sessions/schedules.ts answered in memory, with the same
 * access rules, codes and Chinese messages, and a server clock of its own (it may run ahead of the phone's).
 */
export function schedulingApi(options: { caller: Who; serverNow: () => number }) {
  const schedules: Schedule[] = []
  const requests: Recorded[] = []
  let caller: Who = options.caller
  let seq = 0

  const ok = (data: unknown) => ({ statusCode: 200, data })
  const fail = (statusCode: number, code: string, message: string, details?: unknown) => ({
    statusCode,
    data: { code, message, details },
  })
  const caseNotFound = () => fail(404, 'CASE_NOT_FOUND', '案件不存在或您无权查看')
  const inCase = () => caller !== 'clerk'
  // Answers carry each party's name and role as the server names them (from the case).
  const parties = [PEOPLE.applicant, PEOPLE.respondent]

  const propose = (body: ProposeScheduleBody): Schedule => {
    const id = `sched-${++seq}`
    const schedule: Schedule = {
      id,
      caseId: CASE_ID,
      proposedBy: PEOPLE.mediator.id,
      startsAt: new Date(body.startsAt).toISOString(),
      durationMinutes: body.durationMinutes,
      note: body.note?.trim() ?? '',
      place: body.place?.trim() || null,
      status: 'proposed',
      answers: parties.map((p) => ({
        userId: p.id,
        name: p.name,
        role: p.role,
        answer: 'pending',
        comment: '',
        answeredAt: null,
      })),
      createdAt: new Date(options.serverNow()).toISOString(),
    }
    schedules.push(schedule)
    return schedule
  }

  const answer = (id: string, userId: string, body: { answer: 'confirmed' | 'declined'; comment?: string }) => {
    const schedule = schedules.find((s) => s.id === id)
    if (!schedule || !schedule.answers.some((a) => a.userId === userId))
      return fail(404, 'SCHEDULE_NOT_FOUND', '调解安排不存在或无需您确认')
    if (schedule.status === 'cancelled') return fail(409, 'SCHEDULE_CLOSED', '该调解安排已取消')
    if (Date.parse(schedule.startsAt) <= options.serverNow()) return fail(409, 'SCHEDULE_PASSED', '该调解时间已过')
    const mine = schedule.answers.find((a) => a.userId === userId)!
    Object.assign(mine, {
      answer: body.answer,
      comment: body.comment?.trim() ?? '',
      answeredAt: new Date(options.serverNow()).toISOString(),
    })
    schedule.status = statusFrom(schedule.answers.map((a) => a.answer))
    return ok(schedule)
  }

  const route = (method: string, path: string, body: unknown) => {
    const me = PEOPLE[caller]
    if (path === `${V1}/sessions/cases/${CASE_ID}/schedules`) {
      if (!inCase()) return caseNotFound()
      if (method === 'GET') return ok({ items: [...schedules].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) })
      if (caller !== 'mediator') return fail(403, 'SCHEDULE_MEDIATOR_ONLY', '只有本案调解员可以安排调解时间')
      const input = body as ProposeScheduleBody
      if ((input.place ?? '').length > 100)
        return fail(400, 'VALIDATION_FAILED', 'place：内容太长', [{ field: 'place', message: '内容太长' }])
      const startsAt = Date.parse(input.startsAt)
      if (Number.isNaN(startsAt) || startsAt <= options.serverNow())
        return fail(400, 'SCHEDULE_IN_PAST', '调解时间须晚于现在', [{ field: 'startsAt', message: '请选择将来的时间' }])
      return ok(propose(input))
    }
    const answerMatch = /^\/api\/v1\/sessions\/schedules\/([^/]+)\/answer$/.exec(path)
    if (method === 'POST' && answerMatch) {
      return answer(answerMatch[1], me.id, body as { answer: 'confirmed' | 'declined'; comment?: string })
    }
    return fail(404, 'NOT_FOUND', '接口不存在')
  }

  const handler: RequestHandler = async (option) => {
    const url = new URL(option.url)
    const body = typeof option.data === 'string' && option.data !== '' ? JSON.parse(option.data) : option.data
    const method = option.method ?? 'GET'
    requests.push({ method, path: url.pathname, body })
    const reply = route(method, url.pathname, body)
    // As on the wire: the page never shares objects with the server's state.
    return { statusCode: reply.statusCode, data: JSON.parse(JSON.stringify(reply.data ?? null)) }
  }

  return {
    handler,
    requests,
    schedules,
    /** Proposes directly, as the mediator's other device would have. */
    propose,
    /** Answers directly, as another party would have. */
    answerAs: (who: Who, id: string, reply: 'confirmed' | 'declined', comment?: string) =>
      answer(id, PEOPLE[who].id, { answer: reply, comment }),
    signInAs(who: Who) {
      caller = who
    },
  }
}
