import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { requireField } from './requireField.ts'

/** The challenge materials both proof messages sign. */
export type ChallengeFields = {
  externalUserId: string
  challenge: string
  challengeExpiresAt: string
  /** Only when the server sent one. */
  challengeId?: string | undefined
}

/**
 * Checks what a KDF or email proof will sign, before any derivation: the challenge materials,
 * the app id and an optional caller-chosen timestamp.
 *
 * @param parameters - `appId`, the server's `materials` (extra members ignored), `timestamp`.
 * @returns The fields for the message, typed, and the timestamp if one was given.
 * @example
 * const { fields, timestamp } = readChallengeFields({ appId: 'localhost', materials })
 */
export function readChallengeFields(parameters: {
  appId: string
  materials: ChallengeFields
  timestamp?: number | undefined
}): { fields: ChallengeFields & { appId: string }; timestamp: number | undefined } {
  const { materials } = parameters
  const { challengeId } = materials
  if (challengeId !== undefined && (typeof challengeId !== 'string' || challengeId === '')) {
    throw new IbexValidationError({
      code: 'validation/input-missing',
      field: 'challengeId',
      message: '`challengeId` must be a non-empty string when present.',
    })
  }
  return {
    fields: {
      appId: requireField(parameters.appId, 'appId', 'text'),
      externalUserId: requireField(materials.externalUserId, 'externalUserId', 'text'),
      challenge: requireField(materials.challenge, 'challenge', 'text'),
      challengeExpiresAt: requireField(materials.challengeExpiresAt, 'challengeExpiresAt', 'text'),
      challengeId,
    },
    timestamp:
      parameters.timestamp === undefined
        ? undefined
        : requireField(parameters.timestamp, 'timestamp', 'integer'),
  }
}
