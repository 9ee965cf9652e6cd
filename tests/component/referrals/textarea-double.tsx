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
