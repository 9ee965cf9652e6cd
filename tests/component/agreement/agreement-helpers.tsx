import { act, fireEvent, screen } from '@testing-library/react'
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

export async function settle() {
  await act(async () => {
    for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

export async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

export const clickText = (text: string | RegExp) => click(screen.getByText(text))

/** The input or textarea named by its field path. */
export function fieldInput(path: string): HTMLInputElement | HTMLTextAreaElement {
  const element = document.querySelector(`[name="${path}"]`)
  if (!element) throw new Error(`no input named ${path}`)
  return element as HTMLInputElement
}

export function typeInto(path: string, value: string) {
  fireEvent.change(fieldInput(path), { target: { value } })
}

/** The container of one field, to check an error sits at its own field. */
export function field(path: string): HTMLElement {
  const element = document.querySelector(`[data-field="${path}"]`)
  if (!element) throw new Error(`no field ${path}`)
  return element as HTMLElement
}
