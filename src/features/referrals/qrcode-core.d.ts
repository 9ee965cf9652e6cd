// The encoder alone (no renderers, no PNG writer): keeps the police subpackage small.
declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions, QRCodeSegment } from 'qrcode'
  export function create(data: string | QRCodeSegment[], options?: QRCodeOptions): QRCode
}
