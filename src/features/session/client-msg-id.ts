let counter = 0

/** Unique per message on this device (the server dedupes resends by it): time, a counter and randomness. */
export function newClientMsgId(): string {
  counter = (counter + 1) % 1_000_000
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `m${Date.now().toString(36)}${counter.toString(36)}${random}`
}
