import { describe, expect, test } from 'vitest'
import { signIn } from '../../../src/core/actions/signIn.ts'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { IbexWebAuthnError } from '../../../src/core/errors/IbexWebAuthnError.ts'
import { ceremonyHarness, rejectionOf, stepRecorder } from './ceremonyHarness.ts'

const h = ceremonyHarness({ signInDataDelayMs: 60_000 })

function addAutofillInput() {
  const input = document.createElement('input')
  input.setAttribute('autocomplete', 'username webauthn')
  document.body.append(input)
}

/** Resolves once `steps` holds `step`. */
async function reached(steps: string[], step: string) {
  await expect.poll(() => steps.includes(step), { interval: 5 }).toBe(true)
}

describe('passkeys', () => {
  test('sign-up then sign-in, steps in order, labels passed, PRF output kept on the device', async () => {
    const client = h.client({ storage: 'localStorage' })
    const up = stepRecorder()
    const signedUp = await signUp(
      client,
      { userName: 'alice', userDisplayName: 'Alice', keyName: 'laptop', chainIds: [421614, 100] },
      { onStep: up.onStep },
    )
    expect(up.steps).toEqual(['challenge', 'authenticator', 'verifying'])
    expect(signedUp).toMatchObject({ status: 'signed-in', user: { authMethod: 'PASSKEY' } })
    if (signedUp.status !== 'signed-in') throw new Error('not signed in')
    expect(client.session.getSnapshot().status).toBe('signed-in')

    const [get] = h.calls('GET', '/v1.2/auth/sign-up')
    expect(Object.fromEntries(get!.query)).toMatchObject({
      wallet: 'passkeys',
      userName: 'alice',
      userDisplayName: 'Alice',
      keyName: 'laptop',
    })
    const [post] = h.calls('POST', '/v1.2/auth/sign-up')
    const body = JSON.parse(post!.body)
    expect(body).toMatchObject({ chainIds: [421614, 100], keyName: 'laptop' })
    expect(body.credential.clientExtensionResults).toEqual({ prf: { enabled: true } })
    expect(
      h.mock.state.tenants.get('localhost')?.users.get(signedUp.user.externalUserId),
    ).toMatchObject({
      passkey: { userName: 'alice', keyName: 'laptop', prfCapable: true },
    })

    await client.signOut()
    const down = stepRecorder()
    const signedIn = await signIn(client, {}, { onStep: down.onStep })
    expect(down.steps).toEqual(['challenge', 'authenticator', 'verifying'])
    expect(signedIn).toEqual({ status: 'signed-in', user: signedUp.user })
    const [assertion] = h.calls('POST', '/v1.2/auth/sign-in')
    expect(JSON.parse(assertion!.body).credential.clientExtensionResults).toEqual({
      prf: { enabled: true },
    })
    // Discoverable: no user named in the GET, so no allowCredentials.
    expect(h.calls('GET', '/v1.2/auth/sign-in')[0]!.query.get('externalUserId')).toBeNull()
  })

  test('a closed prompt is webauthn/cancelled and nothing is POSTed', async () => {
    const client = h.client()
    h.authenticator.failNext('NotAllowedError')
    const error = await rejectionOf(signUp(client, {}))
    expect(error).toBeInstanceOf(IbexWebAuthnError)
    expect(error).toMatchObject({ code: 'webauthn/cancelled' })
    expect(h.calls('GET', '/v1.2/auth/sign-up')).toHaveLength(1)
    expect(h.calls('POST', '/v1.2/auth/sign-up')).toHaveLength(0)
    expect(client.session.getSnapshot().status).toBe('signed-out')
  })

  test('conditional mediation waits for the autofill pick', async () => {
    const client = h.client()
    await signUp(client, {})
    await client.signOut()
    addAutofillInput()
    const { steps, onStep } = stepRecorder()
    const pending = signIn(client, { mediation: 'conditional' }, { onStep })
    await reached(steps, 'authenticator')
    expect(h.calls('POST', '/v1.2/auth/sign-in')).toHaveLength(0)
    h.authenticator.completeConditional()
    await expect(pending).resolves.toMatchObject({ status: 'signed-in' })
  })

  test('aborting a waiting autofill sign-in closes it: webauthn/aborted, no POST', async () => {
    const client = h.client()
    await signUp(client, {})
    await client.signOut()
    addAutofillInput()
    const controller = new AbortController()
    const { steps, onStep } = stepRecorder()
    const pending = signIn(
      client,
      { mediation: 'conditional' },
      { signal: controller.signal, onStep },
    )
    await reached(steps, 'authenticator')
    controller.abort()
    const error = await rejectionOf(pending)
    expect(error).toBeInstanceOf(IbexWebAuthnError)
    expect(error).toMatchObject({ code: 'webauthn/aborted' })
    expect(h.calls('POST', '/v1.2/auth/sign-in')).toHaveLength(0)
    expect(client.session.getSnapshot().status).toBe('signed-out')
  })

  test('an abort before the prompt is webauthn/aborted too, and an aborted signal sends nothing', async () => {
    const client = h.client()
    const controller = new AbortController()
    const pending = signIn(client, {}, { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: 'webauthn/aborted' })

    const before = h.requests.length
    await expect(signUp(client, {}, { signal: controller.signal })).rejects.toMatchObject({
      code: 'webauthn/aborted',
    })
    expect(h.requests.length).toBe(before)
  })

  test('enrichment asked for comes back with the sign-in', async () => {
    const client = h.client()
    await signUp(client, {})
    await client.signOut()
    const result = await signIn(client, { includeBalance: true, includeUserdata: true })
    if (result.status !== 'signed-in') throw new Error('not signed in')
    expect(result.enrichmentStatus).toBe('ready')
    expect(result.enrichment).toEqual({
      balance: expect.objectContaining({ totals: expect.any(Object) }),
      userdata: expect.any(Object),
    })
    expect(JSON.stringify(result)).not.toContain('access_token')
    expect(h.calls('GET', '/v1.2/users/me')).toHaveLength(0)
  })

  test('asyncData: the data is polled until READY and returned', async () => {
    const client = h.client()
    await signUp(client, {})
    await client.signOut()
    const result = await signIn(client, { includeTransactions: true, asyncData: true })
    const polls = h.requests.filter((r) => r.path.startsWith('/v1.2/auth/sign-in/data/'))
    // The mock answers PENDING to the first poll (the data takes 60 s) and READY to the second.
    expect(polls).toHaveLength(2)
    expect(result).toMatchObject({
      status: 'signed-in',
      enrichmentStatus: 'ready',
      enrichment: { transactions: expect.objectContaining({ type: 'mixed' }) },
    })
  })

  test('asyncData polling stops on abort', async () => {
    const client = h.client()
    await signUp(client, {})
    await client.signOut()
    const controller = new AbortController()
    const { steps, onStep } = stepRecorder()
    const pending = signIn(
      client,
      { includeBalance: true, asyncData: true },
      { signal: controller.signal, onStep },
    )
    await reached(steps, 'verifying')
    await expect
      .poll(() => h.requests.filter((r) => r.path.startsWith('/v1.2/auth/sign-in/data/')).length)
      .toBe(1)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: 'webauthn/aborted' })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(h.requests.filter((r) => r.path.startsWith('/v1.2/auth/sign-in/data/'))).toHaveLength(1)
  })

  test('a browser without WebAuthn is refused before any request', async () => {
    h.authenticator.uninstall()
    const client = h.client()
    await expect(signUp(client, {})).rejects.toMatchObject({ code: 'webauthn/unsupported' })
    await expect(signIn(client, { mediation: 'conditional' })).rejects.toMatchObject({
      code: 'webauthn/unsupported',
    })
    expect(h.requests).toHaveLength(0)
  })

  test('bad chain ids are refused before any request', async () => {
    const client = h.client()
    await expect(signUp(client, { chainIds: [] })).rejects.toMatchObject({
      code: 'validation/chain-id-invalid',
      field: 'chainIds',
    })
    await expect(signIn(client, { chainId: -1 })).rejects.toMatchObject({
      code: 'validation/chain-id-invalid',
      field: 'chainId',
    })
    expect(h.requests).toHaveLength(0)
  })
})
