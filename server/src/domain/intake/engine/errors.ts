/** Bad input to the dialogue: a stable code, a Chinese message for the resident, and the field at fault. */
export class IntakeInputError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: string,
    readonly field: string,
  ) {
    super(`${code}: ${userMessage}`)
    this.name = 'IntakeInputError'
  }
}
