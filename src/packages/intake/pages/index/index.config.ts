export default definePageConfig({ navigationBarTitleText: '我要调解' })
