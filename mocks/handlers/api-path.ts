/**
 * Handler paths match any origin: the same handlers serve the browser through the Node server
 * and the unit tests through msw/node, which call with different origins.
 */
export const apiPath = (path: string) => `*/api${path}`
