export default definePageConfig({ navigationBarTitleText: '认领案件' })
