import { useCallback, useEffect, useRef, useState } from 'react'

/** Seconds left before an action may be repeated (e.g. resend an SMS code); ticks once a second. */
export function useCountdown(): { secondsLeft: number; start: (seconds: number) => void } {
  const [secondsLeft, setSecondsLeft] = useState(0)
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)

  const stop = useCallback(() => {
    if (timer.current !== null) clearInterval(timer.current)
    timer.current = null
  }, [])

  const start = useCallback(
    (seconds: number) => {
      stop()
      const whole = Math.max(0, Math.ceil(seconds))
      setSecondsLeft(whole)
      if (whole === 0) return
      timer.current = setInterval(() => {
        setSecondsLeft((left) => {
          if (left <= 1) stop()
          return Math.max(0, left - 1)
        })
      }, 1000)
    },
    [stop],
  )

  useEffect(() => stop, [stop])
  return { secondsLeft, start }
}
