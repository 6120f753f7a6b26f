export { dashboardMessages } from './dashboard.messages'
export { dashboardRoutes } from './routes'
