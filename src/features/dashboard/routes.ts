import type { RouteRecordRaw } from 'vue-router'
import OverviewView from './views/OverviewView.vue'

/** The overview is where every login lands, so it is part of the first load, and its frame is prerendered. */
export const dashboardRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'overzicht', component: OverviewView, meta: { titleKey: 'dashboard.title', requiresAuth: true, kader: true } },
]
