import { dirname, relative, resolve, sep } from 'node:path'

const SRC = resolve(import.meta.dirname, '..', 'src')
const FEATURES = resolve(SRC, 'features')

/** The feature folder a file belongs to ('berichten'), or null for app/ and shared/. */
function featureOf(file) {
  const path = relative(FEATURES, file)
  if (path.startsWith('..') || path === '') return null
  return path.split(sep)[0]
}

function resolveImport(source, importer) {
  if (source.startsWith('@/')) return resolve(SRC, source.slice(2))
  if (source.startsWith('.')) return resolve(dirname(importer), source)
  return null
}

/**
 * A feature imports shared/ and other features' index.ts only: what a feature keeps inside its
 * folder may change without breaking anyone else. The shell (src/app) follows the same rule.
 */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      internals: "'{{source}}' is an internal file of the feature '{{feature}}'. Import it from '@/features/{{feature}}' (its index.ts), or move it to src/shared.",
    },
    schema: [],
  },
  create(context) {
    const importer = context.filename
    const own = featureOf(importer)
    function check(node) {
      const source = node.source?.value
      if (typeof source !== 'string') return
      const target = resolveImport(source, importer)
      if (!target) return
      const feature = featureOf(target)
      if (!feature || feature === own) return
      const inside = relative(resolve(FEATURES, feature), target)
      if (inside === '' || inside === 'index' || inside === 'index.ts') return
      context.report({ node: node.source, messageId: 'internals', data: { source, feature } })
    }
    return { ImportDeclaration: check, ImportExpression: check, ExportNamedDeclaration: check, ExportAllDeclaration: check }
  },
}
