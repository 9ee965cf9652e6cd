export default definePageConfig({ navigationBarTitleText: '调解笔录' })
