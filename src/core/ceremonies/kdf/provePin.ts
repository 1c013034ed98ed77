import type { KdfProofBody } from '../../actions/auth/AuthProofBodies.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { runSignerJob } from '../../kdf/runSignerJob.ts'
import { validateKdfParams } from '../../kdf/validateKdfParams.ts'
import type { PinPolicy } from '../../kdf/validatePin.ts'
import type { KdfChallenge } from '../../schemas/kdfChallengeSchema.ts'
import { proofChallengeFields } from '../proofChallengeFields.ts'

/**
 * Derives the PIN key from the GET materials and signs the KDF proof, off the main thread
 * (`runSignerJob('kdf-proof')`), and returns the POST body fields. The PIN and the key stay in
 * the signer; a bad server `kdf` is refused before any derivation.
 *
 * @example
 * const body = await provePin(client, { pin, materials, signal })
 * await submitSignIn(client, { wallet: 'kdf', ...body })
 */
export async function provePin(
  client: IbexClient,
  parameters: {
    pin: string
    pinPolicy?: PinPolicy | undefined
    materials: KdfChallenge
    signal?: AbortSignal | undefined
  },
): Promise<KdfProofBody> {
  const { materials } = parameters
  const fields = proofChallengeFields(materials)
  const versions = {
    saltVersion: materials.saltVersion,
    kdfParamsVersion: materials.kdfParamsVersion,
  }
  const proof = await runSignerJob(
    {
      kind: 'kdf-proof',
      pin: parameters.pin,
      pinPolicy: parameters.pinPolicy,
      appId: client.config.appId,
      env: client.config.env,
      protocol: client.config.protocol,
      materials: {
        ...fields,
        ...versions,
        salt: materials.salt,
        kdf: validateKdfParams(materials.kdf, 'kdf'),
      },
    },
    { signal: parameters.signal },
  )
  return { ...fields, ...versions, ...proof }
}
