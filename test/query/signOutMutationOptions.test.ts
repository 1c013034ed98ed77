import { MutationObserver } from '@tanstack/query-core'
import { describe, expect, test } from 'vitest'
import { ibexQueryKeys } from '../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../src/query/ibexQueryScope.ts'
import { signOutMutationOptions } from '../../src/query/signOutMutationOptions.ts'
import { createTestIbex } from '../utils/createTestIbex.ts'
import { signUpWithPasskey } from '../utils/signUpWithPasskey.ts'

describe('signOutMutationOptions', () => {
  test("default: outside React, signs out and removes only that user's queries", async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    const scope = ibexQueryScope(ibex.client)
    const mine = ibexQueryKeys.balances(scope, user.externalUserId)
    const theirs = ibexQueryKeys.balances(scope, 'someone-else')
    ibex.queryClient.setQueryData(mine, 1)
    ibex.queryClient.setQueryData(theirs, 2)

    const options = signOutMutationOptions(ibex.client)
    expect(options.retry).toBe(false)
    expect(options.mutationKey).toEqual(['ibex', 'localhost', 'signOut'])
    await new MutationObserver(ibex.queryClient, options).mutate()

    expect(ibex.client.session.getSnapshot().status).toBe('signed-out')
    expect(ibex.queryClient.getQueryState(mine)).toBeUndefined()
    expect(ibex.queryClient.getQueryData(theirs)).toBe(2)
  })
})
