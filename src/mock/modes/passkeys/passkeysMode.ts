import type { RegistrationResponseJSON, VerifiedRegistrationResponse } from '@simplewebauthn/server'
import { loadWebAuthnServer } from '../../peers/loadWebAuthnServer.ts'
import { bytesToHex } from 'viem'
import { bytesToBase64url } from '../../../core/utils/base64.ts'
import { deriveEoaAddresses } from '../../addresses/deriveEoaAddresses.ts'
import { deriveSafeAddresses } from '../../addresses/deriveSafeAddresses.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { optionalString } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { resolveChainId } from '../../http/resolveChainId.ts'
import { createUser } from '../../state/createUser.ts'
import type { MockChallenge, MockRegistration } from '../../state/MockTenant.ts'
import type { MockWalletMode } from '../MockWalletMode.ts'
import { sessionBody } from '../sessionBody.ts'
import { acceptCeremony } from './acceptCeremony.ts'
import { prfSaltOf } from './prfSaltOf.ts'
import { readClientData } from './readClientData.ts'
import { verifyStoredAssertion } from './verifyStoredAssertion.ts'

const ceremonyTimeoutMs = 60_000

function issueChallenge(
  ctx: MockContext,
  kind: 'passkey-create' | 'passkey-get',
  registration?: MockRegistration,
): MockChallenge {
  const value = bytesToBase64url(ctx.state.random.bytes(32))
  const record: MockChallenge = {
    value,
    kind,
    purpose: kind === 'passkey-create' ? 'sign-up' : 'sign-in',
    expiresAt: ctx.now() + ctx.config.challengeTtl * 1000,
    used: false,
    ...(registration ? { registration } : {}),
  }
  ctx.tenant().challenges.set(value, record)
  return record
}

function prfCapableOf(credential: Record<string, unknown>): boolean {
  const results = credential.clientExtensionResults as
    { prf?: { enabled?: unknown; results?: { first?: unknown } } } | undefined
  return results?.prf?.enabled === true || results?.prf?.results?.first !== undefined
}

function chainOf(ctx: MockContext, body: Record<string, unknown>): number {
  const chainIds = Array.isArray(body.chainIds) ? (body.chainIds as unknown[]) : []
  return resolveChainId(ctx, body.chainId ?? chainIds[0])
}

/**
 * `wallet=passkeys` (the default): WebAuthn ES256 with PRF, verified for real with
 * @simplewebauthn/server against the issued challenge (single use, expiring), the rpId and the
 * origin (see `checkClientOrigin`).
 */
export const passkeysMode: MockWalletMode = {
  async signUpBegin(ctx) {
    const query = ctx.url.searchParams
    const rpId = ctx.rpId()
    const random = ctx.state.random
    const userName =
      query.get('userName') ??
      query.get('user.name') ??
      `user-${bytesToHex(random.bytes(3)).slice(2)}`
    const userDisplayName =
      query.get('userDisplayName') ?? query.get('user.displayname') ?? userName
    const registration = {
      userHandle: bytesToBase64url(random.bytes(16)),
      userName,
      userDisplayName,
      keyName: query.get('keyName') ?? userName,
      keyDisplayName: query.get('keyDisplayName') ?? userDisplayName,
    }
    const record = issueChallenge(ctx, 'passkey-create', registration)
    return jsonResponse({
      credentialRequestOptions: {
        rp: { id: rpId, name: rpId },
        user: { id: registration.userHandle, name: userName, displayName: userDisplayName },
        challenge: record.value,
        pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
        attestation: 'none',
        excludeCredentials: [],
        timeout: ceremonyTimeoutMs,
        extensions: { prf: { eval: { first: prfSaltOf(rpId) } } },
      },
      emailValidationRequired: false,
    })
  },

  async signUpFinish(ctx, body) {
    const tenant = ctx.tenant()
    const rpId = ctx.rpId()
    const { credential, clientData } = readClientData(body, 'INVALID_ATTESTATION')
    const chainId = chainOf(ctx, body)
    const record = acceptCeremony(ctx, clientData, 'passkey-create')
    const { verifyRegistrationResponse } = await loadWebAuthnServer()
    let verification: VerifiedRegistrationResponse
    try {
      verification = await verifyRegistrationResponse({
        // Unchecked here on purpose: @simplewebauthn/server checks every field and throws (caught below).
        response: credential as unknown as RegistrationResponseJSON,
        expectedChallenge: record.value,
        expectedOrigin: clientData.origin,
        expectedRPID: rpId,
        requireUserVerification: false,
        supportedAlgorithmIDs: [-7],
      })
    } catch (error) {
      throw new MockHttpError(
        'INVALID_ATTESTATION',
        `Attestation refused: ${(error as Error).message}`,
      )
    }
    if (!verification.verified)
      throw new MockHttpError('INVALID_ATTESTATION', 'Attestation not verified')
    const { credential: verified } = verification.registrationInfo
    if (tenant.credentials.has(verified.id)) {
      throw new MockHttpError('CONFLICT', 'This passkey is already registered')
    }
    const registration = record.registration
    const user = createUser(ctx, 'passkeys', {
      status: 'active',
      passkey: {
        userHandle: registration?.userHandle ?? '',
        userName: registration?.userName ?? '',
        userDisplayName: registration?.userDisplayName ?? '',
        keyName: optionalString(body, 'keyName') ?? registration?.keyName ?? '',
        keyDisplayName:
          optionalString(body, 'keyDisplayName') ?? registration?.keyDisplayName ?? '',
        prfCapable: prfCapableOf(credential),
        credentialIds: [verified.id],
      },
      safeAddress: deriveSafeAddresses(verified.publicKey, ctx.config.chainIds),
      eoaAddresses: deriveEoaAddresses(verified.publicKey),
    })
    tenant.credentials.set(verified.id, {
      id: verified.id,
      externalUserId: user.externalUserId,
      publicKey: new Uint8Array(verified.publicKey),
      counter: verified.counter,
      transports: verified.transports ?? [],
      createdAt: ctx.now(),
    })
    return jsonResponse(await sessionBody(ctx, user, chainId))
  },

  async signInBegin(ctx) {
    const rpId = ctx.rpId()
    const externalUserId = ctx.url.searchParams.get('externalUserId')
    const known = externalUserId ? ctx.tenant().users.get(externalUserId) : undefined
    const record = issueChallenge(ctx, 'passkey-get')
    return jsonResponse({
      credentialRequestOptions: {
        challenge: record.value,
        rpId,
        userVerification: 'required',
        timeout: ceremonyTimeoutMs,
        allowCredentials: (known?.passkey?.credentialIds ?? []).map((id) => ({
          id,
          type: 'public-key',
        })),
        extensions: { prf: { eval: { first: prfSaltOf(rpId) } } },
      },
    })
  },

  async signInFinish(ctx, body) {
    const tenant = ctx.tenant()
    const rpId = ctx.rpId()
    const { credential, clientData } = readClientData(body, 'INVALID_ASSERTION')
    const chainId = resolveChainId(ctx, body.chainId)
    const stored = tenant.credentials.get(String(credential.id))
    if (!stored) {
      throw new MockHttpError(
        'UNKNOWN_CREDENTIAL',
        `This passkey is not registered for rpId ${rpId}`,
      )
    }
    const user = tenant.users.get(stored.externalUserId)
    if (!user?.passkey) throw new MockHttpError('UNKNOWN_CREDENTIAL', 'This passkey has no user')
    const record = acceptCeremony(ctx, clientData, 'passkey-get')
    const userHandle = (credential.response as { userHandle?: unknown } | undefined)?.userHandle
    if (
      typeof userHandle === 'string' &&
      userHandle !== '' &&
      userHandle !== user.passkey.userHandle
    ) {
      throw new MockHttpError('INVALID_ASSERTION', 'userHandle does not match the passkey owner')
    }
    await verifyStoredAssertion(credential, stored, {
      challenge: record.value,
      origin: clientData.origin,
      rpId,
    })
    if (prfCapableOf(credential)) user.passkey.prfCapable = true
    return { user, chainId }
  },
}
