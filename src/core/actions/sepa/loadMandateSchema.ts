import type { mandateResponseSchema } from '../../schemas/mandateResponseSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/**
 * The schema of a mandate answer, loaded alongside the request (out of the initial bundle).
 *
 * @example
 * client.request({ method: 'POST', path, body, schema: loadMandateSchema })
 */
export function loadMandateSchema(): Promise<typeof mandateResponseSchema> {
  return loadOnDemand(
    'The mandate reader',
    () => import('../../schemas/mandateResponseSchema.ts'),
  ).then((module) => module.mandateResponseSchema)
}
