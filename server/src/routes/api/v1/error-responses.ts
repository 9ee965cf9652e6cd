/** The error statuses a route documents, each answered with the shared `{ code, message }` body. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, { $ref: 'ErrorResponse' }> {
  return Object.fromEntries(statuses.map((status) => [status, { $ref: 'ErrorResponse' as const }])) as Record<
    S,
    { $ref: 'ErrorResponse' }
  >
}

/** Routes that need the bearer token (OpenAPI). */
export const bearerSecurity = [{ bearer: [] }]
