import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { OperationProgress } from '../../src/components/OperationProgress/OperationProgress.tsx'
import { useCancelRecovery } from '../../src/react/hooks/useCancelRecovery.ts'
import { useEnableRecovery } from '../../src/react/hooks/useEnableRecovery.ts'
import { useIbexLocale } from '../../src/react/hooks/useIbexLocale.ts'
import { useRecoveryStatus } from '../../src/react/hooks/useRecoveryStatus.ts'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { storyFeatureMessages } from '../support/storyFeatureMessages.ts'
import { storyLocale } from '../support/storyMessages.ts'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

const fields = ['firstName', 'lastName', 'birthDate', 'birthCity', 'birthCountry'] as const
type Identity = Record<(typeof fields)[number], string>

/**
 * Recovery in the wallet components' look (`ibex-wallet` card, `ibex-input`, `ibex-button`,
 * `OperationProgress`): `useRecoveryStatus` says whether it is on; off, a form of the holder's
 * identity runs `useEnableRecovery` (checked before any request, the field named by the error
 * gets `aria-invalid`); on, `useCancelRecovery` turns it off. The status turns when the
 * operation is confirmed.
 */
function RecoveryPanel(): ReactNode {
  const t = storyFeatureMessages(useIbexLocale()).recovery
  const id = useId()
  const status = useRecoveryStatus({ pendingIntervalMs: 500 })
  const enable = useEnableRecovery({ tracking: storyOperationTracking })
  const cancel = useCancelRecovery({ tracking: storyOperationTracking })
  const [identity, setIdentity] = useState<Identity>({
    firstName: '',
    lastName: '',
    birthDate: '',
    birthCity: '',
    birthCountry: '',
  })
  const on = status.data?.recoveryEnabled === true
  const pending = (status.data?.pending.length ?? 0) > 0 || enable.isPending || cancel.isPending
  const errorField =
    enable.error && 'field' in enable.error ? (enable.error.field as string) : undefined
  const submit = (event: FormEvent) => {
    event.preventDefault()
    enable.mutate(identity)
  }
  const running = on ? cancel : enable
  return (
    <form
      noValidate
      className="ibex-root ibex-wallet"
      aria-labelledby={`${id}-title`}
      aria-busy={pending || undefined}
      onSubmit={submit}
    >
      <p id={`${id}-title`} data-part="title">
        {t.title}
      </p>
      <p role="status" data-part="note" data-recovery={on ? 'on' : 'off'}>
        {status.data === undefined ? '…' : pending ? t.pending : on ? t.on : t.off}
      </p>
      {!on &&
        fields.map((field) => (
          <div key={field} data-part="field">
            <label htmlFor={`${id}-${field}`} data-part="label">
              {t[field]}
            </label>
            <input
              id={`${id}-${field}`}
              className="ibex-input"
              type={field === 'birthDate' ? 'date' : 'text'}
              autoComplete={
                field === 'firstName'
                  ? 'given-name'
                  : field === 'lastName'
                    ? 'family-name'
                    : field === 'birthDate'
                      ? 'bday'
                      : 'off'
              }
              value={identity[field]}
              aria-invalid={errorField === field || undefined}
              aria-describedby={errorField === field ? `${id}-error` : undefined}
              onChange={(event) => setIdentity({ ...identity, [field]: event.target.value })}
            />
          </div>
        ))}
      {enable.error && (
        <p id={`${id}-error`} role="alert" data-part="field-error">
          {enable.error.code === 'http/conflict' ? t.alreadyOn : t.invalid}
        </p>
      )}
      <OperationProgress stage={running.stage} transactionHash={running.data?.transactionHash} />
      {on ? (
        <button
          type="button"
          className="ibex-button"
          data-variant="secondary"
          disabled={pending}
          onClick={() => cancel.mutate({})}
        >
          {t.disable}
        </button>
      ) : (
        <button type="submit" className="ibex-button" disabled={pending}>
          {t.enable}
        </button>
      )}
    </form>
  )
}

function RecoveryApp(): ReactNode {
  return (
    <PasskeyWallet>
      <RecoveryPanel />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Recovery',
  component: RecoveryApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout panel={<MockPanel />}>
      <RecoveryApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof RecoveryApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → recovery is off → a birth date in the future is refused before any request
 * → the identity, a passkey confirmation, the operation's steps → recovery is on once confirmed
 * → turned off again.
 */
export const EnableAndCancelRecovery: Story = {
  name: 'Enable and cancel recovery',
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement)
    const t = storyFeatureMessages(storyLocale(globals)).recovery
    const note = () => canvasElement.querySelector('[data-recovery]')

    await step('Sign up: recovery is off', async () => {
      await signUpInPlay(canvasElement)
      await waitFor(() => expect(note()).toHaveTextContent(t.off), { timeout: 5000 })
    })

    await step('A birth date in the future is refused on the spot', async () => {
      await userEvent.type(canvas.getByLabelText(t.firstName), 'Ada')
      await userEvent.type(canvas.getByLabelText(t.lastName), 'Lovelace')
      await userEvent.type(canvas.getByLabelText(t.birthDate), '2999-01-01')
      await userEvent.type(canvas.getByLabelText(t.birthCity), 'London')
      await userEvent.type(canvas.getByLabelText(t.birthCountry), 'GB')
      await userEvent.click(canvas.getByRole('button', { name: t.enable }))
      await waitFor(() =>
        expect(canvas.getByLabelText(t.birthDate)).toHaveAttribute('aria-invalid', 'true'),
      )
    })

    await step('Turn recovery on: on once the operation is confirmed', async () => {
      const date = canvas.getByLabelText(t.birthDate)
      await userEvent.clear(date)
      await userEvent.type(date, '1815-12-10')
      await userEvent.click(canvas.getByRole('button', { name: t.enable }))
      await waitFor(() => expect(note()).toHaveAttribute('data-recovery', 'on'), {
        timeout: 10_000,
      })
      await waitFor(() => expect(note()).toHaveTextContent(t.on), { timeout: 10_000 })
    })

    await step('Turn it off again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t.disable }))
      await waitFor(() => expect(note()).toHaveTextContent(t.off), { timeout: 10_000 })
    })
  },
}
