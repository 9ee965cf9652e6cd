import AjvCompiler, { type ValidatorCompiler, type ValidatorFactory } from '@fastify/ajv-compiler'

const SHARED_OPTIONS = { removeAdditional: 'all', useDefaults: true } as const

/** An ajv-style issue the error handler turns into `{ field, message }`. */
interface NumberIssue {
  keyword: 'finite'
  instancePath: string
  schemaPath: string
  params: Record<string, unknown>
  message: string
}

/** JSON-pointer path of the first number that is NaN or ±Infinity, or null. */
function nonFinitePath(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (value === null || typeof value !== 'object') return null
  for (const [key, child] of Object.entries(value)) {
    const found = nonFinitePath(child, `${path}/${key}`)
    if (found !== null) return found
  }
  return null
}

type Validate = ((data: unknown) => unknown) & { errors?: unknown }

/**
 * Ajv coerces "Infinity", "-Infinity" and "1e309" to ±Infinity and then skips every numeric keyword (minimum,
 * maximum) because the value is not a finite number, so they passed integer schemas. Text-borne parts (query,
 * path, headers) are checked again after coercion: any non-finite number is a validation failure.
 */
function finiteAfterCoercion(validate: Validate): Validate {
  const checked: Validate = (data: unknown) => {
    if (!validate(data)) {
      checked.errors = validate.errors
      return false
    }
    const path = nonFinitePath(data)
    if (path === null) return true
    const issue: NumberIssue = {
      keyword: 'finite',
      instancePath: path,
      schemaPath: '',
      params: {},
      message: 'not finite',
    }
    checked.errors = [issue]
    return false
  }
  return checked
}

/**
 * Validators per request part. Bodies are JSON and keep their types: no coercion, so `"60"` is not a number and
 * `1e309` (parsed as Infinity) fails `type: integer` under Ajv's strict numbers. Query strings, path parameters and
 * headers are text, so they are coerced, then re-checked for non-finite results. Every number in a request schema
 * also has explicit bounds (enforced by test/routes/schema-bounds.test.ts).
 */
export const buildValidator: ValidatorFactory = (externalSchemas, serverOptions) => {
  const factory = AjvCompiler()
  const plugins = serverOptions?.plugins
  const bodies = factory(externalSchemas, { plugins, customOptions: { ...SHARED_OPTIONS, coerceTypes: false } })
  const textParts = factory(externalSchemas, { plugins, customOptions: { ...SHARED_OPTIONS, coerceTypes: 'array' } })
  const compile: ValidatorCompiler = (route) =>
    route.httpPart === 'body'
      ? bodies(route)
      : (finiteAfterCoercion(textParts(route) as Validate) as ReturnType<ValidatorCompiler>)
  return compile
}
