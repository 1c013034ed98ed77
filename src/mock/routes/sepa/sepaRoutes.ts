import type { MockRoute } from '../../http/MockRoute.ts'
import { ibanRoutes } from './ibanRoutes.ts'
import { mandateRoutes } from './mandateRoutes.ts'
import { sepaPaymentRoutes } from './sepaPaymentRoutes.ts'

/**
 * SEPA and IBANs: the user's IBANs, payments and their history, and
 * mandates. Adding an IBAN and paying are approved with the user's passkey: the POST answers
 * WebAuthn request options over a random `approvalHash`, the PUT `{ approvalId, credential }`
 * verifies the assertion (404 unknown approval, 409 expired or already used).
 */
export const sepaRoutes: MockRoute[] = [...ibanRoutes, ...sepaPaymentRoutes, ...mandateRoutes]
