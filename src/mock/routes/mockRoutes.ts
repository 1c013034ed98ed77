import type { MockRoute } from '../http/MockRoute.ts'
import { emailRecoverRoute } from './auth/emailRecoverRoute.ts'
import { refreshRoute } from './auth/refreshRoute.ts'
import { signInDataRoute } from './auth/signInDataRoute.ts'
import { signInRoutes } from './auth/signInRoutes.ts'
import { signUpRoutes } from './auth/signUpRoutes.ts'
import { rpcRoute } from './chain/rpcRoute.ts'
import { chainRoutes } from './chains/chainRoutes.ts'
import { devRoutes } from './dev/devRoutes.ts'
import { faucetRoute } from './dev/faucetRoute.ts'
import { healthRoute } from './healthRoute.ts'
import { batchRoutes } from './safes/batchRoutes.ts'
import { operationRoutes } from './safes/operationRoutes.ts'
import { quoteRoutes } from './safes/quoteRoutes.ts'
import { vaultsRoute } from './safes/vaultsRoute.ts'
import { sepaRoutes } from './sepa/sepaRoutes.ts'
import { addressBookRoutes } from './users/addressBookRoutes.ts'
import { defiRoutes } from './users/defiRoutes.ts'
import { userInfoRoutes } from './users/userInfoRoutes.ts'
import { usersMeRoutes } from './users/usersMeRoutes.ts'
import { pushUserDataAfterWrites } from './users/pushUserDataAfterWrites.ts'
import { walletRoutes } from './users/walletRoutes.ts'
import { recoveryRoutes } from './recovery/recoveryRoutes.ts'
import { routeEngineRoutes } from './safes/routeEngineRoutes.ts'
import { verificationRoutes } from './users/verificationRoutes.ts'
import { derivedWalletRoutes } from './users/derivedWalletRoutes.ts'
import { safeProvisionRoute } from './auth/safeProvisionRoute.ts'
import { kycBootstrapRoutes } from './auth/kycBootstrapRoutes.ts'
import { automationConfigRoute } from './safes/automationConfigRoute.ts'
import { walletAuthRoutes } from './auth/walletAuthRoutes.ts'

/** The router table of the mock IBEx, one route module per concern. */
export const mockRoutes: readonly MockRoute[] = [
  healthRoute,
  ...signUpRoutes,
  ...signInRoutes,
  signInDataRoute,
  refreshRoute,
  emailRecoverRoute,
  ...pushUserDataAfterWrites(usersMeRoutes),
  ...walletRoutes,
  ...userInfoRoutes,
  ...pushUserDataAfterWrites(addressBookRoutes),
  ...defiRoutes,
  ...chainRoutes,
  ...operationRoutes,
  ...batchRoutes,
  ...quoteRoutes,
  vaultsRoute,
  ...devRoutes,
  faucetRoute,
  rpcRoute,
  ...recoveryRoutes,
  ...routeEngineRoutes,
  ...verificationRoutes,
  ...derivedWalletRoutes,
  safeProvisionRoute,
  ...sepaRoutes,
  ...kycBootstrapRoutes,
  automationConfigRoute,
  ...walletAuthRoutes,
]
