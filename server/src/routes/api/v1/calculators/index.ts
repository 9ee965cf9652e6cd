import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CALCULATOR_INPUT_SCHEMAS,
  CALCULATOR_KINDS,
  CalculationResultSchema,
  CalculatorListSchema,
  RegionalFigureListSchema,
  RegionalFigureQuerySchema,
} from '@contract/calculators'
import { CALCULATORS, listCalculators, runCalculator } from '../../../../domain/calculators/registry'
import { RegionalFiguresRepo } from '../../../../services/regional-figures/regional-figures-repo'
import { errorResponses } from '../error-responses'

const errors = errorResponses(400, 429)

/**
 * Statutory calculators, public so residents can use them before filing ("我能获得多少赔偿？"). One POST route
 * per kind so each body schema is validated and documented; cross-field rules are checked by the domain.
 */
const calculators: FastifyPluginAsyncTypebox = async (app) => {
  const figures = new RegionalFiguresRepo(app.database)
  const rateLimit = { max: 120, timeWindow: '1 minute' }

  app.get(
    '/',
    {
      schema: {
        tags: ['calculators'],
        summary: 'List the calculators with their input schemas',
        response: { 200: CalculatorListSchema },
      },
    },
    async () => ({ items: listCalculators() }),
  )

  app.get(
    '/regional-figures',
    {
      schema: {
        tags: ['calculators'],
        summary: 'Regional statistics the calculators can use by region + year, each with its source',
        querystring: RegionalFigureQuerySchema,
        response: { 200: RegionalFigureListSchema },
      },
    },
    async (request) => ({ items: await figures.list(request.query) }),
  )

  for (const kind of CALCULATOR_KINDS) {
    app.post(
      `/${kind}`,
      {
        config: { rateLimit },
        schema: {
          tags: ['calculators'],
          summary: `${CALCULATORS[kind].label}：${CALCULATORS[kind].description}`,
          body: CALCULATOR_INPUT_SCHEMAS[kind],
          response: { 200: CalculationResultSchema, ...errors },
        },
      },
      async (request) => {
        const body = request.body as { region?: string; year?: number }
        const lookup = await figures.lookupFor(body.region, body.year)
        return runCalculator(kind, body, { figures: lookup })
      },
    )
  }
}

export default calculators
