import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId, useState, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { IbexPosition } from '../../src/core/parse/IbexPositions.ts'
import { useAaveSupply } from '../../src/react/hooks/useAaveSupply.ts'
import { useAaveWithdraw } from '../../src/react/hooks/useAaveWithdraw.ts'
import { useMorphoDeposit } from '../../src/react/hooks/useMorphoDeposit.ts'
import { useMorphoWithdraw } from '../../src/react/hooks/useMorphoWithdraw.ts'
import { usePositions } from '../../src/react/hooks/usePositions.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { useVaults } from '../../src/react/hooks/useVaults.ts'
import { OperationProgress } from '../../src/components/OperationProgress/OperationProgress.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { waitForBalance } from '../support/waitForBalance.ts'
import { WalletBalances } from '../support/WalletBalances.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

const tracking = { tracking: storyOperationTracking }

function percent(apy: number | undefined): string {
  return apy === undefined ? '–' : `${(apy * 100).toFixed(2)} %`
}

/**
 * The Aave and Morpho vaults of the session's chain (`useVaults`) as a radio group, an amount
 * and "Deposit": `useAaveSupply` or `useMorphoDeposit`, by the vault's provider, with the
 * vault's pool address. Its stage is announced as it moves.
 */
function DepositForm(): ReactNode {
  const headingId = useId()
  const { user } = useSession()
  const { data: vaults = [] } = useVaults({ chainId: user?.chainId })
  const choices = vaults.filter((vault) => vault.provider === 'AAVE' || vault.provider === 'MORPHO')
  const [vaultId, setVaultId] = useState('')
  const [amount, setAmount] = useState('')
  const vault = choices.find((candidate) => candidate.id === vaultId)
  const aave = useAaveSupply(tracking)
  const morpho = useMorphoDeposit(tracking)
  const deposit = vault?.provider === 'AAVE' ? aave : morpho
  const token = vault?.asset.address

  return (
    <form
      aria-labelledby={headingId}
      className="ibex-root ibex-wallet"
      onSubmit={(event) => {
        event.preventDefault()
        if (!vault || !token || aave.isPending || morpho.isPending) return
        if (vault.provider === 'AAVE') aave.mutate({ token, amount, poolAddress: vault.address })
        else morpho.mutate({ token, amount, vaultAddress: vault.address })
      }}
    >
      <p id={headingId} data-part="title">
        Deposit
      </p>
      <fieldset
        style={{ display: 'grid', gap: 'var(--ibex-space-2)', margin: 0, padding: 0, border: 0 }}
      >
        <legend data-part="label">Vault</legend>
        {choices.length === 0 ? <p style={{ margin: 0 }}>Loading the vaults…</p> : null}
        {choices.map((choice) => (
          <label
            key={choice.id}
            style={{ display: 'flex', gap: 'var(--ibex-space-2)', alignItems: 'center' }}
          >
            <input
              type="radio"
              name="vault"
              value={choice.id}
              checked={choice.id === vaultId}
              onChange={() => setVaultId(choice.id)}
            />
            {choice.name}: {choice.asset.symbol}, {percent(choice.apy)} APY
          </label>
        ))}
      </fieldset>
      <div data-part="field">
        <label htmlFor={`${headingId}-amount`} data-part="label">
          {`Amount${vault ? ` of ${vault.asset.symbol}` : ''}`}
        </label>
        <input
          id={`${headingId}-amount`}
          className="ibex-input"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="ibex-button"
        data-variant="primary"
        aria-busy={deposit.isPending || undefined}
        aria-disabled={!vault || deposit.isPending || undefined}
      >
        Deposit
      </button>
      <OperationProgress stage={deposit.stage} data-testid="deposit-progress" />
    </form>
  )
}

/**
 * The user's DeFi positions on the session's chain (`usePositions`), each with "Withdraw"
 * (everything: `useAaveWithdraw` or `useMorphoWithdraw` with the position's pool). The list
 * refreshes by itself after each confirmed operation.
 */
function PositionsList(): ReactNode {
  const headingId = useId()
  const { user } = useSession()
  const { data, isPending } = usePositions({ chainId: user?.chainId })
  const aave = useAaveWithdraw(tracking)
  const morpho = useMorphoWithdraw(tracking)
  const [last, setLast] = useState<'AAVE' | 'MORPHO'>('MORPHO')
  const withdraw = last === 'AAVE' ? aave : morpho
  const busy = aave.isPending || morpho.isPending

  function withdrawAll(position: IbexPosition) {
    const { token, poolAddress, balance } = position
    if (busy || !token.address || !poolAddress) return
    if (position.provider === 'AAVE') {
      setLast('AAVE')
      aave.mutate({ token: token.address, amount: balance, poolAddress })
    } else {
      setLast('MORPHO')
      morpho.mutate({ token: token.address, amount: balance, vaultAddress: poolAddress })
    }
  }

  const positions = (data?.positions ?? []).filter(
    (position) => position.provider === 'AAVE' || position.provider === 'MORPHO',
  )
  return (
    <section aria-labelledby={headingId} className="ibex-root ibex-wallet">
      <p id={headingId} data-part="title">
        Positions
      </p>
      {isPending ? <p style={{ margin: 0 }}>Loading positions…</p> : null}
      {!isPending && positions.length === 0 ? <p style={{ margin: 0 }}>No positions yet.</p> : null}
      {positions.length > 0 ? (
        <ul aria-labelledby={headingId} style={{ display: 'grid', gap: 'var(--ibex-space-2)' }}>
          {positions.map((position) => {
            const name = position.name ?? position.provider
            return (
              <li
                key={`${position.provider}:${position.poolAddress}`}
                data-testid="position"
                style={{
                  display: 'flex',
                  gap: 'var(--ibex-space-3)',
                  alignItems: 'center',
                  justifyContent: 'space-between',
                }}
              >
                {position.balance} {position.token.symbol} in {name}{' '}
                <button
                  type="button"
                  className="ibex-button"
                  aria-label={`Withdraw from ${name}`}
                  aria-disabled={busy || undefined}
                  onClick={() => withdrawAll(position)}
                >
                  Withdraw
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
      <OperationProgress stage={withdraw.stage} data-testid="withdraw-progress" />
    </section>
  )
}

/** A DeFi app: a passkey sign-up, the balances, a deposit form and the positions. */
function VaultApp(): ReactNode {
  return (
    <PasskeyWallet>
      <WalletBalances />
      <DepositForm />
      <PositionsList />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Aave and Morpho',
  component: VaultApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout panel={<MockPanel />}>
      <VaultApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof VaultApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The play of both stories: sign up, deposit 25 EUR-IBEX in `vaultName`, see the position,
 * withdraw it all, see the balance back at 100.
 */
function depositAndWithdraw(vaultName: string): Story['play'] {
  return async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    await step('Sign up', async () => {
      await signUpInPlay(canvasElement)
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
    })

    await step(`Deposit 25 EUR-IBEX in ${vaultName}`, async () => {
      await userEvent.click(
        await canvas.findByRole('radio', { name: new RegExp(`^${vaultName}:`) }, { timeout: 5000 }),
      )
      await userEvent.type(canvas.getByLabelText('Amount of EUR-IBEX'), '25')
      await userEvent.click(canvas.getByRole('button', { name: 'Deposit' }))
      await waitFor(
        () =>
          expect(canvas.getByTestId('deposit-progress')).toHaveAttribute('data-state', 'success'),
        { timeout: 10_000 },
      )
      await waitForBalance(canvasElement, '75', 'EUR-IBEX')
    })

    await step('The position appears', async () => {
      const position = await canvas.findByTestId('position', {}, { timeout: 5000 })
      await expect(position).toHaveTextContent(new RegExp(`^25(\\.\\d+)? EUR-IBEX in ${vaultName}`))
    })

    await step('Withdraw it all', async () => {
      await userEvent.click(canvas.getByRole('button', { name: `Withdraw from ${vaultName}` }))
      await waitFor(
        () =>
          expect(canvas.getByTestId('withdraw-progress')).toHaveAttribute('data-state', 'success'),
        { timeout: 10_000 },
      )
      await waitFor(() => expect(canvas.queryByTestId('position')).toBeNull(), { timeout: 5000 })
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
    })
  }
}

/** Morpho: deposit 25 EUR-IBEX in a vault, the position appears, withdraw it all. */
export const MorphoDeposit: Story = {
  name: 'Morpho deposit and withdrawal',
  play: depositAndWithdraw('Morpho IBEX EUR Prime'),
}

/** Aave: supply 25 EUR-IBEX to the pool, the position appears, withdraw it all. */
export const AaveSupply: Story = {
  name: 'Aave supply and withdrawal',
  play: depositAndWithdraw('Aave EUR-IBEX'),
}
