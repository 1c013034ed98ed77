import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockView } from './MockView.ts'
import { userSections } from './userSections.ts'

/** How a section failed: the status its own endpoint would answer, and why. */
export type SectionFailure = { status: number; message: string }

function failureOf(error: unknown): SectionFailure {
  if (error instanceof MockHttpError) return { status: error.status, message: error.message }
  return { status: 500, message: 'Internal server error' }
}

/**
 * Runs every section of {@link userSections}; `wrap` shapes a success (`GET /users/me` keeps
 * it as is, the WebSocket wraps it in `{ status, data }`), failures go to `errors`.
 *
 * @example
 * const { sections, errors } = collectUserSections(view, (data) => data)
 */
export function collectUserSections(
  view: MockView,
  wrap: (data: unknown) => unknown,
): { sections: Record<string, unknown>; errors: Record<string, SectionFailure> } {
  const sections: Record<string, unknown> = {}
  const errors: Record<string, SectionFailure> = {}
  for (const [name, build] of Object.entries(userSections)) {
    try {
      sections[name] = wrap(build(view))
    } catch (error) {
      errors[name] = failureOf(error)
    }
  }
  return { sections, errors }
}
