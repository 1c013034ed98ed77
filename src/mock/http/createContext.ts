import { MockHttpError } from '../errors/MockHttpError.ts'
import { tenantOf } from '../state/tenantOf.ts'
import type { MockContext } from './MockContext.ts'
import { readBodyText } from './readBodyText.ts'
import { resolveRpId } from './resolveRpId.ts'

/** The documented body of an unknown tenant (docs/protocol.md), exactly. */
export const unknownRpIdBody = { message: 'Unknown domain/rpId' } as const

/** Builds the context of one request; the rpId and the body are read lazily, once. */
export function createContext(
  input: Pick<MockContext, 'request' | 'url' | 'path' | 'params' | 'config' | 'state'>,
): MockContext {
  const { request, url, config, state } = input
  let rpId: string | undefined
  let body: Promise<Record<string, unknown>> | undefined
  const ctx: MockContext = {
    ...input,
    now: () => config.now(),
    rpId() {
      rpId ??= resolveRpId(request, url, config.rpIds)
      if (rpId === undefined) {
        throw new MockHttpError('VALIDATION', unknownRpIdBody.message, { body: unknownRpIdBody })
      }
      return rpId
    },
    tenant: () => tenantOf(state, ctx.rpId()),
    body() {
      body ??= readBodyText(request).then((text) => {
        if (text.trim() === '') return {}
        let parsed: unknown
        try {
          parsed = JSON.parse(text)
        } catch {
          throw new MockHttpError('VALIDATION', 'The body is not valid JSON')
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          throw new MockHttpError('VALIDATION', 'The body must be a JSON object')
        }
        return parsed as Record<string, unknown>
      })
      return body
    },
  }
  return ctx
}
