import type { contactResponseSchema } from '../../schemas/contactResponseSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/**
 * The schema of an address-book write's answer, loaded alongside the request (out of the initial
 * bundle).
 *
 * @example
 * client.request({ method: 'PUT', path, body, schema: loadContactSchema })
 */
export function loadContactSchema(): Promise<typeof contactResponseSchema> {
  return loadOnDemand(
    'The address book reader',
    () => import('../../schemas/contactResponseSchema.ts'),
  ).then((module) => module.contactResponseSchema)
}
