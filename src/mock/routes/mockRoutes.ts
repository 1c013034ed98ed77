import type { MockRoute } from '../http/MockRoute.ts'
import { emailRecoverRoute } from './auth/emailRecoverRoute.ts'
import { refreshRoute } from './auth/refreshRoute.ts'
import { signInDataRoute } from './auth/signInDataRoute.ts'
import { signInRoutes } from './auth/signInRoutes.ts'
import { signUpRoutes } from './auth/signUpRoutes.ts'
import { devRoutes } from './dev/devRoutes.ts'
import { healthRoute } from './healthRoute.ts'

/**
 * The router table of the mock IBEx, one route module per concern. Part 2 appends its modules
 * (users, chains, safes, ...) here.
 */
export const mockRoutes: readonly MockRoute[] = [
  healthRoute,
  ...signUpRoutes,
  ...signInRoutes,
  signInDataRoute,
  refreshRoute,
  emailRecoverRoute,
  ...devRoutes,
]
