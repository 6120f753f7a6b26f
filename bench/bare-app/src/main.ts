/**
 * The yardstick: Vue, vue-router and Pinia and nothing else (two routes, one store), built with the same Vite.
 * The bench prints the app's first load as a multiple of this one's, a figure that means the same on any machine.
 */
import { createPinia, defineStore } from 'pinia'
import { createApp, defineComponent, h } from 'vue'
import { createRouter, createWebHistory, RouterLink, RouterView } from 'vue-router'

const useCounter = defineStore('counter', { state: () => ({ count: 0 }) })

const Home = defineComponent(() => {
  const counter = useCounter()
  return () => h('button', { type: 'button', onClick: () => counter.count++ }, `Geteld: ${counter.count}`)
})
const About = defineComponent(() => () => h('p', 'Over deze app'))

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: Home },
    { path: '/over', component: About },
  ],
})

const App = defineComponent(() => () => [h('nav', [h(RouterLink, { to: '/' }, () => 'Start'), ' ', h(RouterLink, { to: '/over' }, () => 'Over')]), h('main', h(RouterView))])

createApp(App).use(createPinia()).use(router).mount('#app')
