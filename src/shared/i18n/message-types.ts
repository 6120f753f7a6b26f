/** The English texts must have exactly the keys of the Dutch source texts. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }
