import { createIbexProxy } from 'ibex-react/server'

/**
 * The app's IBEx proxy, shared by the route handler and Server Components. Created when first
 * imported by the server; a missing or short IBEX_SESSION_SECRET stops it there with a clear
 * error.
 */
export const ibex = createIbexProxy({
  // The IBEx host, server-side only: the browser talks to /api/ibex.
  baseUrl: process.env.IBEX_URL ?? 'http://127.0.0.1:8787',
  secret: process.env.IBEX_SESSION_SECRET,
  basePath: '/api/ibex',
  rpId: process.env.IBEX_RP_ID ?? 'localhost',
})
