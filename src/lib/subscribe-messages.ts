import Taro from '@tarojs/taro'
import type { NotificationKind, SubscribeTemplates } from '@contract/referrals'
import { api } from './api'
import { isWeapp } from './platform'

/** WeChat shows at most three templates in one subscription prompt. */
const MAX_PER_PROMPT = 3

let templateIds: Record<string, string> = {}

/** The template ids to ask for, for the notices a step will produce: configured ones only, no repeats. */
export function subscriptionIds(templates: Record<string, string>, kinds: readonly NotificationKind[]): string[] {
  return [...new Set(kinds.map((kind) => templates[kind]).filter((id): id is string => !!id))].slice(0, MAX_PER_PROMPT)
}

/** Loads the configured templates once the user is logged in (weapp only: H5 has no subscribe messages). */
export async function loadSubscribeTemplates(): Promise<void> {
  if (!isWeapp) return
  try {
    const { data } = await api.get<SubscribeTemplates>('/notifications/subscribe-templates')
    templateIds = data.templates
  } catch {
    // Without templates the app still shows every notice in-app.
  }
}

/**
 * Asks the user to receive WeChat messages for what comes next (e.g. a session reminder). WeChat shows the prompt
 * only on a tap, so call this first thing in the tap handler, before any await; a refusal changes nothing else.
 */
export function askToSubscribe(kinds: readonly NotificationKind[]): void {
  const ids = subscriptionIds(templateIds, kinds)
  if (!isWeapp || ids.length === 0) return
  Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option).catch(() => undefined)
}
