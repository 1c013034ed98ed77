import { isAddress, type Address } from 'viem'
import { getSignInChallenge } from '../actions/auth/getSignInChallenge.ts'
import { pinThrottle } from '../ceremonies/kdf/pinThrottle.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { runSignerJob } from '../kdf/runSignerJob.ts'
import { validateKdfParams } from '../kdf/validateKdfParams.ts'
import { validatePin } from '../kdf/validatePin.ts'
import type { OperationAccount } from './OperationAccount.ts'
import type { OperationSigner } from './OperationSigner.ts'
import type { OperationSignerInput } from './OperationSignerInput.ts'

/**
 * PIN users: the PIN is asked for again. It is checked (and the wrong-PIN throttle consulted)
 * before anything is sent; at signing the salt and KDF parameters come from
 * `GET /auth/sign-in?wallet=kdf`, the key is re-derived in the signer worker, checked against the
 * session's bound key (a wrong PIN is `validation/pin-wrong` with nothing executed), signs the 32
 * `userOpHash` bytes and is dropped.
 *
 * @example
 * const signature = await pinOperationSigner(account, { pin }).sign(intent, signal)
 */
export function pinOperationSigner(
  account: OperationAccount,
  input: OperationSignerInput,
): OperationSigner {
  const { client, user } = account
  const { externalUserId } = user
  validatePin(input.pin, input.pinPolicy)
  pinThrottle.assertAllowed(client, externalUserId)
  const pin = input.pin as string
  const expectedPublicKey =
    user.publicKey && isAddress(user.publicKey, { strict: false })
      ? (user.publicKey as Address)
      : undefined
  return {
    async sign(intent, signal) {
      const materials = await getSignInChallenge(
        client,
        { wallet: 'kdf', externalUserId },
        { signal },
      )
      try {
        const signed = await runSignerJob(
          {
            kind: 'kdf-sign-hash',
            pin,
            pinPolicy: input.pinPolicy,
            appId: client.config.appId,
            env: client.config.env,
            protocol: client.config.protocol,
            materials: {
              externalUserId,
              salt: materials.salt,
              kdf: validateKdfParams(materials.kdf, 'kdf'),
            },
            expectedPublicKey,
            userOpHash: intent.userOpHash,
          },
          { signal },
        )
        pinThrottle.reset(client, externalUserId)
        return { ...signed, userOpHash: intent.userOpHash }
      } catch (error) {
        if (error instanceof IbexValidationError && error.code === 'validation/pin-wrong') {
          pinThrottle.recordFailure(client, externalUserId)
        }
        throw error
      }
    },
  }
}
