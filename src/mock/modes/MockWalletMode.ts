import type { MockContext } from '../http/MockContext.ts'
import type { MockUser } from '../state/MockUser.ts'

/** What a mode's sign-in POST proved: the user, the session chain, and extra response fields. */
export type MockSignInResult = {
  user: MockUser
  chainId: number
  extra?: Record<string, unknown>
}

/**
 * One `wallet` mode of the auth routes: the two steps of sign-up and of sign-in. The sign-in
 * route adds the tokens and the enrichment around `signInFinish`.
 */
export type MockWalletMode = {
  signUpBegin(ctx: MockContext): Promise<Response>
  signUpFinish(ctx: MockContext, body: Record<string, unknown>): Promise<Response>
  signInBegin(ctx: MockContext): Promise<Response>
  signInFinish(ctx: MockContext, body: Record<string, unknown>): Promise<MockSignInResult>
}
