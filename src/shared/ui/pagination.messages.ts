import type { Translation } from '@/shared/i18n'

/** Texts of the shared pagination; loaded with the component (lists live in lazily loaded views). */
const nl = {
  pagination: {
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    page: 'Pagina {page}',
    pageOfTotal: 'Pagina {page} van {total}',
    notFound: 'Deze pagina bestaat niet.',
    pageCount: "Er is 1 pagina. | Er zijn {count} pagina's.",
    toLast: 'Naar de laatste pagina',
    toFirst: 'Naar de eerste pagina',
  },
}

const en: Translation<typeof nl> = {
  pagination: {
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {page}',
    pageOfTotal: 'Page {page} of {total}',
    notFound: 'This page does not exist.',
    pageCount: 'There is 1 page. | There are {count} pages.',
    toLast: 'Go to the last page',
    toFirst: 'Go to the first page',
  },
}

export const paginationMessages = { nl, en }
