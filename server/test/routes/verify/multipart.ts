/** A multipart/form-data body with one file field, as a browser or wx.uploadFile sends it. */
export function multipartPdf(bytes: Buffer, field = 'file', name = 'agreement.pdf') {
  const boundary = '----tiaojie-test-boundary'
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
