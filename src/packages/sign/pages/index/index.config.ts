export default definePageConfig({
  navigationBarTitleText: '签署',
  // The native handwriting pad (weapp); Taro copies src/native/signature-pad into the build. H5 uses a canvas.
  usingComponents: { 'signature-pad': '../../../../native/signature-pad/index' },
})
