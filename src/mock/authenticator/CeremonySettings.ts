/**
 * What the authenticator's options fix for every ceremony, defaults applied: the normalised page
 * origin written into `clientDataJSON`, the UV flag, and whether PRF is answered.
 *
 * @example
 * const settings: CeremonySettings = {
 *   origin: 'http://localhost:5173',
 *   userVerified: true,
 *   supportsPrf: true,
 * }
 */
export type CeremonySettings = {
  origin: string
  userVerified: boolean
  supportsPrf: boolean
}
