import * as v from 'valibot'
import type { IbexRouteCapabilities } from '../parse/IbexRouteCapabilities.ts'

/**
 * The body of `GET /v1.2/safes/routes/capabilities` (docs/protocol.md): `mode` is required,
 * `providers` reads as empty when absent.
 *
 * @example
 * const { mode } = v.parse(routeCapabilitiesSchema, json)
 */
export const routeCapabilitiesSchema = v.pipe(
  v.looseObject({
    mode: v.string(),
    providers: v.fallback(v.array(v.string()), []),
  }),
  v.transform((body): IbexRouteCapabilities => ({ mode: body.mode, providers: body.providers })),
)
