import { forwardRef } from 'react'
import { isWeapp } from '@/lib/platform'
import type { SignaturePadHandle, SignaturePadProps } from './signature-pad-handle'
import { SignaturePadH5 } from './signature-pad-h5'
import { SignaturePadWeapp } from './signature-pad-weapp'

/** The native pad in WeChat, the HTML canvas pad in H5: one handle for the signing form. */
export const SignaturePad = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePad(props, ref) {
  return isWeapp ? <SignaturePadWeapp {...props} ref={ref} /> : <SignaturePadH5 {...props} ref={ref} />
})
