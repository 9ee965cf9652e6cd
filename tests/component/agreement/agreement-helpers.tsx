import { fireEvent, screen } from '@testing-library/react'
import { click } from '../../support/ui-actions'
export { TextareaDouble, click, settle } from '../../support/ui-actions'

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
