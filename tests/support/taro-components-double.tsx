/**
 * DOM stand-ins for @tarojs/components under jsdom. They keep Taro's event shape
 * (`detail.value`) so NutUI and our components see what they see on the platforms.
 */
import React, { forwardRef, type ReactNode } from 'react'

type AnyProps = Record<string, unknown> & { children?: ReactNode; className?: string }

function domProps(props: AnyProps) {
  const { children, className, style, onClick, hoverClass, catchMove, ...rest } = props
  void hoverClass
  void catchMove
  const passthrough: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(rest)) {
    if (key.startsWith('aria-') || key.startsWith('data-') || key === 'role' || key === 'id') passthrough[key] = value
  }
  return { children, className, style: typeof style === 'object' ? style : undefined, onClick, ...passthrough }
}

export const View = forwardRef<HTMLDivElement, AnyProps>((props, ref) => (
  <div ref={ref} {...(domProps(props) as object)} />
))
export const Text = forwardRef<HTMLSpanElement, AnyProps>((props, ref) => (
  <span ref={ref} {...(domProps(props) as object)} />
))

export const Button = forwardRef<HTMLButtonElement, AnyProps>((props, ref) => (
  <button ref={ref} type="button" disabled={Boolean(props.disabled)} {...(domProps(props) as object)} />
))

export const Input = forwardRef<HTMLInputElement, AnyProps>((props, ref) => {
  const { value, placeholder, disabled, maxlength, name } = props as Record<string, unknown>
  const onInput = props.onInput as ((event: unknown) => void) | undefined
  const onBlur = props.onBlur as ((event: unknown) => void) | undefined
  const onFocus = props.onFocus as ((event: unknown) => void) | undefined
  const taroEvent = (event: React.SyntheticEvent<HTMLInputElement>) => ({
    type: event.type,
    target: event.currentTarget,
    currentTarget: event.currentTarget,
    detail: { value: event.currentTarget.value },
  })
  return (
    <input
      ref={ref}
      className={props.className as string | undefined}
      name={typeof name === 'string' ? name : undefined}
      value={(value as string | undefined) ?? ''}
      placeholder={placeholder as string | undefined}
      disabled={Boolean(disabled)}
      maxLength={typeof maxlength === 'number' && maxlength > 0 ? maxlength : undefined}
      onChange={(event) => onInput?.(taroEvent(event))}
      onBlur={(event) => onBlur?.(taroEvent(event))}
      onFocus={(event) => onFocus?.(taroEvent(event))}
    />
  )
})

View.displayName = 'View'
Text.displayName = 'Text'
Button.displayName = 'Button'
Input.displayName = 'Input'

export const Image = (props: AnyProps) => <img alt="" src={props.src as string} className={props.className} />
export const ScrollView = View
export const Canvas = View
