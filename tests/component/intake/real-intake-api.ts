import type { Organisation } from '@contract/organisations'
import type { AnswerBody, DisputeType, SubmitBody } from '@contract/intake'
import { DEMO_ORGANISATIONS, DEMO_REGIONS } from '../../../server/src/db/seed/demo-places'
import { CATALOGUE } from '../../../server/src/domain/intake/catalogue'
import {
  answer,
  back,
  correct,
  createIntake,
  setDisputeType,
  skip,
} from '../../../server/src/domain/intake/engine/dialogue'
import { IntakeInputError } from '../../../server/src/domain/intake/engine/errors'
import type { IntakeState, SlotState } from '../../../server/src/domain/intake/engine/types'
import {
  coveringPoliceStation,
  matchRegion,
  rankCommittees,
  type RegionNode,
} from '../../../server/src/domain/intake/routing'
import { catalogueDetail } from '../../../server/src/routes/api/v1/intake/catalogue-view'
import type { IntakeSessionRow } from '../../../server/src/services/intake/intake-sessions-repo'
import { toSessionView } from '../../../server/src/services/intake/session-view'
import { reply, type RecordedRequest } from '../../support/fake-server'
import type { RequestHandler } from '../../support/taro-double'

/** The conversation date, fixed so limitation checks do not drift with the calendar. */
export const TODAY = '2026-11-26'
const STAMP = `${TODAY}T08:00:00.000Z`

const REGIONS: RegionNode[] = DEMO_REGIONS.map(({ code, name, level }) => ({ code, name, level }))
const ORGANISATIONS: Organisation[] = DEMO_ORGANISATIONS.map((o) => ({
  id: o.key,
  name: o.name,
  type: o.type,
  level: o.level,
  specialities: o.specialities as Organisation['specialities'],
  regionCode: o.region,
  address: o.address,
  phone: o.phone,
  serviceArea: o.serviceArea,
  active: true,
}))

function lineageOf(code: string): RegionNode[] {
  const out: RegionNode[] = []
  for (let current = DEMO_REGIONS.find((r) => r.code === code); current; ) {
    out.push({ code: current.code, name: current.name, level: current.level })
    current = DEMO_REGIONS.find((r) => r.code === current?.parent)
  }
  return out
}

type Handler = (request: RecordedRequest) => ReturnType<typeof reply>

const fail = (status: number, code: string, message: string, field: string) =>
  reply(status, { code, message, details: [{ field, message }] })

/**
 * The intake endpoints as the server answers them, without HTTP or a database: the real dialogue engine,
 * session view, catalogue and committee ranking over the demo 九龙坡区 organisations. Sessions live in memory.
 */
export function realIntakeServer() {
  const sessions = new Map<string, { row: IntakeSessionRow; state: IntakeState }>()
  let counter = 0
  let caseCounter = 0
  const submitted: { sessionId: string; body: SubmitBody; caseId: string }[] = []

  const view = (id: string, previous?: SlotState) => {
    const stored = sessions.get(id)!
    return reply(200, JSON.parse(JSON.stringify(toSessionView(stored.row, stored.state, TODAY, previous))))
  }

  const route = (state: IntakeState, regionCode?: string | null) => {
    const location = state.slots.location?.value
    const region = regionCode
      ? (REGIONS.find((r) => r.code === regionCode) ?? null)
      : ((typeof location === 'string' ? matchRegion(location, REGIONS) : null) ??
        matchRegion(state.narrative, REGIONS))
    if (!region) return null
    const lineage = lineageOf(region.code)
    return { region, lineage, ranked: rankCommittees(state.disputeType, lineage, ORGANISATIONS) }
  }

  const option = ({ organisation: o, reason }: ReturnType<typeof rankCommittees>[number]) => ({
    id: o.id,
    name: o.name,
    level: o.level,
    specialities: [...o.specialities],
    address: o.address,
    phone: o.phone,
    reason,
  })

  /** One dialogue step on a stored session, with the server's 400/404/409 mapping. */
  const step =
    (operate: (state: IntakeState, body: any) => IntakeState | { state: IntakeState; previous?: SlotState }): Handler =>
    (request) => {
      const id = request.path.split('/')[5]
      const stored = sessions.get(id)
      if (!stored) return fail(404, 'INTAKE_SESSION_NOT_FOUND', '没有找到这次咨询记录', 'id')
      if (stored.row.status !== 'open')
        return fail(409, 'INTAKE_SESSION_CLOSED', '这次咨询已经提交或结束，不能再修改', 'id')
      try {
        const result = operate(stored.state, request.body ?? {})
        const { state, previous }: { state: IntakeState; previous?: SlotState } =
          'catalogueVersion' in result ? { state: result } : result
        stored.state = state
        stored.row = {
          ...stored.row,
          dispute_type: state.disputeType,
          updated_at: `${TODAY}T08:00:${String(++counter % 60).padStart(2, '0')}.000Z`,
        }
        return view(id, previous)
      } catch (error) {
        if (!(error instanceof IntakeInputError)) throw error
        return fail(400, error.code, error.userMessage, error.field)
      }
    }

  const routes: Record<string, Handler> = {
    'POST /api/v1/intake/sessions': (request) => {
      const { narrative } = request.body as { narrative: string }
      if (narrative.length > 5000)
        return fail(413, 'INTAKE_TEXT_TOO_LONG', '叙述不能超过5000个字，请精简后再提交', 'text')
      const id = `session-${++counter}`
      const state = createIntake(narrative, TODAY)
      const row: IntakeSessionRow = {
        id,
        user_id: 'u-1',
        status: 'open',
        dispute_type: state.disputeType,
        catalogue_version: state.catalogueVersion,
        state: '',
        risk_level: state.risk.level,
        case_id: null,
        created_at: STAMP,
        updated_at: STAMP,
      }
      sessions.set(id, { row, state })
      return { ...view(id), statusCode: 201 }
    },
  }

  const handlers = (id: string): Record<string, Handler> => {
    const base = `/api/v1/intake/sessions/${id}`
    return {
      [`GET ${base}`]: () => view(id),
      [`POST ${base}/answers`]: step((state, body: AnswerBody) => answer(state, body)),
      [`POST ${base}/corrections`]: step((state, body: { text: string }) => correct(state, body.text)),
      [`POST ${base}/skip`]: step((state, body: { unknown?: boolean }) =>
        skip(state, body.unknown ? 'unknown' : 'skipped'),
      ),
      [`POST ${base}/back`]: step((state) => back(state)),
      [`PUT ${base}/type`]: step((state, body: { disputeType: DisputeType }) =>
        setDisputeType(state, body.disputeType),
      ),
      [`DELETE ${base}`]: () => {
        const stored = sessions.get(id)!
        if (stored.row.status !== 'open')
          return fail(409, 'INTAKE_SESSION_CLOSED', '这次咨询已经提交或结束，不能再修改', 'id')
        stored.row = { ...stored.row, status: 'abandoned' }
        return view(id)
      },
      [`GET ${base}/routing`]: (request) => {
        const routed = route(sessions.get(id)!.state, queries.get(request))
        if (!routed)
          return fail(400, 'INTAKE_REGION_REQUIRED', '请选择纠纷发生地或您居住的社区，以便安排调解组织', 'regionCode')
        const [recommended, ...alternatives] = routed.ranked.map(option)
        const state = sessions.get(id)!.state
        return reply(200, {
          regionCode: routed.region.code,
          regionName: routed.region.name,
          recommended,
          alternatives,
          materials: [...CATALOGUE[state.disputeType].materials],
        })
      },
      [`POST ${base}/submit`]: (request) => {
        const stored = sessions.get(id)!
        const body = (request.body ?? {}) as SubmitBody
        if (stored.state.current !== null)
          return fail(400, 'INTAKE_INCOMPLETE', '还有问题没有回答，请先回答完再提交', 'question')
        const routed = route(stored.state, body.regionCode)!
        const chosen = body.committeeId
          ? routed.ranked.find((r) => r.organisation.id === body.committeeId)
          : routed.ranked[0]
        if (!chosen) return fail(400, 'INTAKE_COMMITTEE_INVALID', '所选调解组织不受理该地区的这类纠纷', 'committeeId')
        const caseId = `case-${++caseCounter}`
        stored.row = { ...stored.row, status: 'submitted', case_id: caseId }
        submitted.push({ sessionId: id, body, caseId })
        const station =
          stored.state.risk.level === 'urgent' ? coveringPoliceStation(routed.lineage, ORGANISATIONS) : null
        return reply(201, {
          case: {
            id: caseId,
            caseNumber: `TJ-2026-00000${caseCounter}`,
            title: `张三与对方${CATALOGUE[stored.state.disputeType].name}纠纷`,
            disputeType: stored.state.disputeType,
            status: 'pending_acceptance',
            myRole: 'applicant',
            committee: { id: chosen.organisation.id, name: chosen.organisation.name },
            createdAt: STAMP,
            updatedAt: STAMP,
          },
          committee: option(chosen),
          riskFlag: station
            ? { policeStationId: station.id, policeStationName: station.name, phone: station.phone, level: 'urgent' }
            : null,
        })
      },
    }
  }

  /** Routes are keyed by path, so session routes are looked up per request. */
  const handle = (request: RecordedRequest) => {
    const key = `${request.method} ${request.path}`
    if (routes[key]) return routes[key](request)
    if (key === 'GET /api/v1/regions') {
      return reply(200, {
        items: DEMO_REGIONS.map(({ code, name, level, parent }) => ({ code, name, level, parentCode: parent })),
      })
    }
    const catalogue = /^GET \/api\/v1\/intake\/catalogue\/(\w+)$/.exec(key)
    if (catalogue) return reply(200, JSON.parse(JSON.stringify(catalogueDetail(catalogue[1] as DisputeType))))
    const session = /^\/api\/v1\/intake\/sessions\/([^/]+)/.exec(request.path)
    const handler = session && sessions.has(session[1]) ? handlers(session[1])[key] : undefined
    if (handler) return handler(request)
    if (session) return fail(404, 'INTAKE_SESSION_NOT_FOUND', '没有找到这次咨询记录', 'id')
    return reply(404, { code: 'NOT_FOUND', message: '接口不存在' })
  }

  const requests: RecordedRequest[] = []
  /** The query string of each request (RecordedRequest keeps only the path). */
  const queries = new WeakMap<RecordedRequest, string | null>()
  /** For testControls.setRequestHandler: Taro.request options in, the server's reply out. */
  const handler: RequestHandler = async (option) => {
    const url = new URL(option.url)
    const request: RecordedRequest = {
      method: option.method ?? 'GET',
      path: url.pathname,
      body: typeof option.data === 'string' && option.data !== '' ? JSON.parse(option.data) : option.data,
      authorization: option.header?.Authorization,
    }
    requests.push(request)
    queries.set(request, url.searchParams.get('regionCode'))
    return handle(request)
  }

  return { handler, requests, sessions, submitted }
}
