import { act, fireEvent, screen } from '@testing-library/react'
export { TextareaDouble } from '../../support/ui-actions'
import { flush } from '../../support/ui-actions'

export const settle = () => flush(3)

export async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

export async function clickText(text: string | RegExp) {
  await click(screen.getByText(text))
}

export function typeInto(element: Element, value: string) {
  fireEvent.change(element, { target: { value } })
}

export function textbox(name: string): HTMLTextAreaElement | HTMLInputElement {
  return document.querySelector(`[name="${name}"]`) as HTMLTextAreaElement
}

/** Types into a text box and presses 发送. */
export async function send(name: string, text: string) {
  typeInto(textbox(name), text)
  const composer = textbox(name).closest('.tj-intake-composer') as HTMLElement
  const button = Array.from(composer.querySelectorAll('button')).find((b) => b.textContent?.includes('发送'))
  await click(button as HTMLElement)
}

/** The latest robot bubble's text. */
export function lastRobotText(): string {
  const bubbles = document.querySelectorAll('[data-from="robot"]')
  return bubbles[bubbles.length - 1]?.textContent ?? ''
}

export function currentSlot(): string | null {
  return document.querySelector('[data-slot]')?.getAttribute('data-slot') ?? null
}
