import fs from 'node:fs'

/** `13800000001` → `138****0001`, the way the server masks phones in its log. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`

/** Current size of the server log: read codes only from what is written after this point. */
export const logOffset = (logFile: string) => fs.statSync(logFile).size

/** The `msg` of a pino JSON line ('' for anything else, including a line still being written). */
function messageOf(line: string): string {
  if (!line.startsWith('{')) return ''
  try {
    return String((JSON.parse(line) as { msg?: unknown }).msg ?? '')
  } catch {
    return ''
  }
}

/**
 * Waits for the development SMS provider's log record (`[dev SMS] to 138****0001 code=123456`, pino JSON)
 * written after `fromOffset`, and returns the code. This is how a developer logs in too.
 */
export async function waitForSmsCode(
  logFile: string,
  phone: string,
  fromOffset: number,
  timeoutMs = 10_000,
): Promise<string> {
  const pattern = new RegExp(`\\[dev SMS\\] to ${maskPhone(phone).replace(/\*/g, '\\*')} code=(\\d{6})`)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const text = fs.readFileSync(logFile).subarray(fromOffset).toString('utf8')
    for (const line of text.split('\n').reverse()) {
      const match = pattern.exec(messageOf(line))
      if (match) return match[1]
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no SMS code for ${maskPhone(phone)} in the server log within ${timeoutMs} ms`)
}
