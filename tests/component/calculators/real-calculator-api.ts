import { CALCULATOR_INPUT_SCHEMAS, CALCULATOR_KINDS, type CalculatorDescriptor } from '@contract/calculators'
import { AppError } from '../../../server/src/lib/app-error'
import { CALCULATORS, runCalculator } from '../../../server/src/domain/calculators/registry'
import { reply, type RecordedRequest } from '../../support/fake-server'

/**
 * The calculator endpoints as the server answers them, without HTTP: the real contract schemas (serialised as
 * they travel) and the real domain calculators, so the form is tested against what production sends back.
 */
export function calculatorList(): { items: CalculatorDescriptor[] } {
  return {
    items: CALCULATOR_KINDS.map((kind) => ({
      kind,
      label: CALCULATORS[kind].label,
      description: CALCULATORS[kind].description,
      inputSchema: JSON.parse(JSON.stringify(CALCULATOR_INPUT_SCHEMAS[kind])),
    })),
  }
}

function calculate(kind: string, body: unknown) {
  try {
    return reply(200, runCalculator(kind, body))
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return reply(error.statusCode, { code: error.code, message: error.message, details: error.details })
  }
}

/** GET /calculators and one POST route per kind, for fakeServer. */
export function calculatorRoutes() {
  const routes: Record<string, (request: RecordedRequest) => ReturnType<typeof reply>> = {
    'GET /api/v1/calculators': () => reply(200, calculatorList()),
  }
  for (const kind of CALCULATOR_KINDS)
    routes[`POST /api/v1/calculators/${kind}`] = (request) => calculate(kind, request.body)
  return routes
}
