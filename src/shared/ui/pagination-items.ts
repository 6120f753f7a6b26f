/** A numbered page link, or a gap ("…") for the pages left out. */
export type PageItem = { kind: 'page'; page: number } | { kind: 'gap'; after: number }

/**
 * The page numbers to show: the first, the last, and the current one with its neighbours, so a list of
 * 500 pages stays short ("1 … 4 5 6 … 500"). A gap never hides just one page: that page is shown instead.
 */
export function pageItems(current: number, total: number, neighbours = 1): PageItem[] {
  if (total < 1) return []
  const shown = new Set([1, total])
  for (let page = current - neighbours; page <= current + neighbours; page++) if (page >= 1 && page <= total) shown.add(page)
  const pages = [...shown].sort((a, b) => a - b)
  const items: PageItem[] = []
  let previous = 0
  for (const page of pages) {
    if (page - previous === 2) items.push({ kind: 'page', page: previous + 1 })
    else if (page - previous > 2) items.push({ kind: 'gap', after: previous })
    items.push({ kind: 'page', page })
    previous = page
  }
  return items
}
