import { inject, type Component, type InjectionKey } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import type { Locale } from './i18n/locale'
import type { NamensDienst } from './namens/namens.store'

export type MessageTree = Record<string, unknown>
export type FeatureMessages = Record<Locale, MessageTree>

/**
 * Texts the shell shows before a feature's code loads. Dutch, the source language and the
 * default, is in the first load; English arrives when someone chooses it.
 */
export interface EntryMessages {
  nl: MessageTree
  en: () => Promise<MessageTree>
}

/** A number next to a navigation item, with the words a screen reader says for it. */
export interface NavBadge {
  count: number
  label: string
}

export interface FeatureNavItem {
  /** Message key of the link text. */
  labelKey: string
  to: string
  /** Place in the main navigation: lower comes first. */
  order: number
  /** Run in the navigation's setup: a composable that returns the badge to show, if any. */
  useBadge?: () => () => NavBadge | null
  /** What a machtiging must cover for someone acting for another to see this; without it, always shown. */
  namens?: NamensDienst
}

export interface FeatureCard {
  titleKey: string
  descriptionKey: string
  /** Where the card links to; no link when the feature is not built yet. */
  to?: string
  order: number
  /** What the card says about the person's current state (e.g. unread letters); keep it small, it is on the overview. */
  status?: Component
  /** As for the navigation item. */
  namens?: NamensDienst
}

/**
 * Everything the app shell needs from a feature, exported from the feature's `index.ts`.
 * Adding a domain touches its own folder and one line in `src/app/features.ts`.
 */
export interface Feature {
  id: string
  routes: RouteRecordRaw[]
  nav?: FeatureNavItem
  card?: FeatureCard
  /** Texts the shell shows before the feature's code loads: navigation, card, page titles. */
  messages?: EntryMessages
  /** The rest of the feature's texts, loaded before its first route shows. */
  loadMessages?: () => Promise<FeatureMessages>
}

/** The registered features, provided by the app so the overview can show their cards without importing them. */
export const FEATURES: InjectionKey<readonly Feature[]> = Symbol('Features')

export function useFeatures(): readonly Feature[] {
  return inject(FEATURES, [])
}
