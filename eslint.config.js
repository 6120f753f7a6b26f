import js from '@eslint/js'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import pluginVueA11y from 'eslint-plugin-vuejs-accessibility'
import globals from 'globals'
import { featureBoundaries } from './eslint/feature-boundaries.js'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dev-dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'bench/bare-app/dist/**', 'a11y-rapport/**'] },
  js.configs.recommended,
  pluginVue.configs['flat/recommended'],
  ...pluginVueA11y.configs['flat/recommended'],
  vueTsConfigs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      // Safari drops list semantics from lists without bullets; role="list" gives them back.
      'vuejs-accessibility/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // A label tied to its control by for/id is enough; nesting as well is not required by WCAG.
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    // Tests may set up another feature's internals (a stored session, say); the app code may not.
    ignores: ['src/**/*.test.ts', 'src/test/**'],
    plugins: { mo: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'mo/feature-boundaries': 'error' },
  },
  {
    files: ['src/app/pwa/sw.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
)
