import { act, fireEvent } from '@testing-library/react'
import { forwardRef } from 'react'

/** The shared components double has no Textarea; this one keeps Taro's `detail.value` event shape. */
export const TextareaDouble = forwardRef<HTMLTextAreaElement, Record<string, any>>((props, ref) => (
  <textarea
    ref={ref}
    className={props.className}
    name={props.name}
    value={props.value ?? ''}
    placeholder={props.placeholder}
    onChange={(event) => props.onInput?.({ detail: { value: event.currentTarget.value } })}
  />
))
TextareaDouble.displayName = 'Textarea'

/** Lets `ticks` rounds of pending promises and zero-delay timers run (requests answered, state updated). */
export async function flush(ticks: number) {
  await act(async () => {
    for (let i = 0; i < ticks; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

export const settle = () => flush(4)

/** A tap, then whatever it started settles. */
export async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}
