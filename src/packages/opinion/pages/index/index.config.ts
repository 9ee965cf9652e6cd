export default definePageConfig({ navigationBarTitleText: '法律意见书' })
