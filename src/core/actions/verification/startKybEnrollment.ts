import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { kybEnrollmentSchema } from '../../schemas/kybEnrollmentSchema.ts'
import { assertEmailAddress } from '../auth/assertEmailAddress.ts'

// Letters, digits and the separators registries print (SIREN "123 456 789", "HRB 12345",
// "12-3456789"); no control or invisible characters.
const COMPANY_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} ./-]{0,62}[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u

export type StartKybEnrollmentParameters = {
  /** The company contact's email address. */
  email: string
  /** The company's registration number (SIREN, Companies House number, HRB …). */
  companyRegistrationNumber: string
  /** Where IBEx's KYB page sends the user back when done: an absolute https URL. */
  returnUrl?: string | undefined
}

/** The enrollment: open `chatbotFullURL` to let the company's contact go through KYB. */
export type StartKybEnrollmentReturnType = {
  status: string
  sessionId: string
  chatbotFullURL: string
}

function assertReturnUrl(returnUrl: unknown): string {
  let url: URL | undefined
  try {
    url = typeof returnUrl === 'string' ? new URL(returnUrl) : undefined
  } catch {
    url = undefined
  }
  const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1'
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    throw new IbexValidationError({
      code: 'validation/return-url-invalid',
      field: 'returnUrl',
      message: 'returnUrl must be an absolute https URL (http only for localhost).',
    })
  }
  return url.href
}

/**
 * `POST /v1.2/auth/enroll` (docs/protocol.md): starts the KYB enrollment of the signed-in user's
 * company and returns the URL of its page. Checked before any request: the email
 * (`validation/email-invalid`), the registration number (1–64 letters, digits, spaces, `.`,
 * `/`, `-`: `validation/company-number-invalid`), the return URL (absolute https, or http on
 * localhost: `validation/return-url-invalid`). A second enrollment is a 409
 * (`http/conflict`). Never retried.
 *
 * @example
 * const { chatbotFullURL } = await startKybEnrollment(client, {
 *   email: 'cfo@acme.example',
 *   companyRegistrationNumber: '552 100 554',
 *   returnUrl: 'https://app.example/kyb/done',
 * })
 */
export async function startKybEnrollment(
  client: IbexClient,
  parameters: StartKybEnrollmentParameters,
  options: IbexActionOptions = {},
): Promise<StartKybEnrollmentReturnType> {
  const email = assertEmailAddress(parameters.email)
  const number =
    typeof parameters.companyRegistrationNumber === 'string'
      ? parameters.companyRegistrationNumber.trim()
      : ''
  if (!COMPANY_NUMBER.test(number)) {
    throw new IbexValidationError({
      code: 'validation/company-number-invalid',
      field: 'companyRegistrationNumber',
      message:
        'companyRegistrationNumber must be 1 to 64 letters, digits, spaces, ".", "/" or "-".',
    })
  }
  const returnUrl =
    parameters.returnUrl === undefined ? undefined : assertReturnUrl(parameters.returnUrl)
  const body = await client.request({
    method: 'POST',
    path: '/v1.2/auth/enroll',
    body: {
      email,
      companyRegistrationNumber: number,
      ...(returnUrl === undefined ? {} : { returnUrl }),
    },
    schema: kybEnrollmentSchema,
    signal: options.signal,
  })
  return { status: body.status, sessionId: body.sessionId, chatbotFullURL: body.chatbotFullURL }
}
