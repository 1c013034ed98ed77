'use client'
import { useState, type ComponentPropsWithRef, type ReactNode } from 'react'
import type { Hex } from 'viem'
import type { OperationMutationStage } from '../../react/internal/operationMutationKind.ts'
import { useChains } from '../../react/hooks/useChains.ts'
import { useSession } from '../../react/hooks/useSession.ts'
import { ExternalLinkIcon } from '../internal/icons/ExternalLinkIcon.tsx'
import { joinTokens } from '../internal/joinTokens.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import { resolveWalletMessages } from '../internal/messages/wallet/resolveWalletMessages.ts'
import type {
  OperationProgressMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import { useWalletLocale } from '../internal/useWalletLocale.ts'
import { partClass, type WalletClassNames } from '../internal/WalletClassNames.ts'
import { operationSteps, type OperationStep } from './operationSteps.ts'

/** What `data-state` of an {@link OperationProgress} says. */
export type OperationProgressState = 'idle' | 'pending' | 'success' | 'error'

/** Parts of an {@link OperationProgress}, for `classNames`. */
export type OperationProgressPart =
  'root' | 'steps' | 'step' | 'marker' | 'label' | 'status' | 'link'

/** Props of {@link OperationProgress}. Other `<div>` props go to the root. */
export interface OperationProgressProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /**
   * `stage` of an operation hook (`useTransfer`, `useSwap`, `useAaveSupply`…).
   * @example
   * const transfer = useTransfer()
   * <OperationProgress stage={transfer.stage} transactionHash={transfer.data?.transactionHash} />
   */
  stage: OperationMutationStage
  /** The on-chain transaction, once known: links to the chain's explorer. */
  transactionHash?: Hex | undefined
  /** The chain of the operation; the session's by default. */
  chainId?: number | undefined
  /**
   * Whether signing opens a passkey prompt (worded "Confirm with your passkey…") or not; from
   * the session's sign-in method by default.
   */
  signingWith?: 'passkey' | 'other' | undefined
  /** Language of the strings; `<IbexProvider locale>` when left out. */
  locale?: IbexLocale
  /** Overrides of single strings. */
  messages?: Partial<OperationProgressMessages & WalletCommonMessages>
  /** Classes per part, beside the kit's `ibex-operation-progress__<part>`. */
  classNames?: WalletClassNames<OperationProgressPart>
}

const stepLabel: Record<OperationStep, keyof OperationProgressMessages> = {
  CREATED: 'stepCreated',
  SIGNED: 'stepSigned',
  EXECUTED: 'stepExecuted',
  CONFIRMED: 'stepConfirmed',
  FAILED: 'stepFailed',
}

/**
 * Where an operation stands: four steps, CREATED → SIGNED → EXECUTED → CONFIRMED (the last
 * becomes FAILED where a run fails), a status line announced once per change in a polite live
 * region, and, once the transaction is known, a link to it on the chain's explorer (from the
 * chain catalogue of `useChains`). Renders nothing visible while `stage` is `idle`.
 * `data-state` is `idle | pending | success | error`.
 *
 * @example
 * const swap = useSwap()
 * <OperationProgress stage={swap.stage} transactionHash={swap.data?.transactionHash} />
 */
export function OperationProgress(props: OperationProgressProps): ReactNode {
  const {
    stage,
    transactionHash,
    chainId: chainIdProp,
    signingWith,
    locale: localeProp,
    messages: overrides,
    classNames,
    className,
    ...rootProps
  } = props
  const locale = useWalletLocale(localeProp)
  const messages = resolveWalletMessages('operationProgress', locale, overrides)
  const { user } = useSession()
  const chainId = chainIdProp ?? user?.chainId
  const chains = useChains({ query: { enabled: transactionHash !== undefined } })
  const explorerTx = chains.data?.find((chain) => chain.id === chainId)?.explorerTx
  // The last running stage, kept from earlier renders, says where a failed run stopped.
  const [lastRunning, setLastRunning] = useState<OperationMutationStage>('validating')
  if (stage !== 'idle' && stage !== 'failed' && stage !== 'confirmed' && stage !== lastRunning) {
    setLastRunning(stage)
  }
  const part = (name: OperationProgressPart) =>
    partClass('ibex-operation-progress', name, classNames)
  const state: OperationProgressState =
    stage === 'idle'
      ? 'idle'
      : stage === 'confirmed'
        ? 'success'
        : stage === 'failed'
          ? 'error'
          : 'pending'
  const passkey =
    (signingWith ?? (user?.authMethod === 'PASSKEY' ? 'passkey' : 'other')) === 'passkey'
  const status: Record<OperationMutationStage, string> = {
    idle: '',
    validating: messages.statusValidating,
    preparing: messages.statusPreparing,
    signing: passkey ? messages.statusSigningPasskey : messages.statusSigning,
    executing: messages.statusExecuting,
    pending: messages.statusPending,
    confirmed: messages.statusConfirmed,
    failed: messages.statusFailed,
  }
  const stateText = {
    done: messages.stepDone,
    current: messages.stepCurrent,
    upcoming: messages.stepUpcoming,
    failed: messages.stepFailed,
  }

  return (
    <div
      {...rootProps}
      className={joinTokens(
        'ibex-root ibex-wallet ibex-operation-progress',
        classNames?.root,
        className,
      )}
      data-part="root"
      data-state={state}
      data-stage={stage}
      hidden={stage === 'idle' ? true : rootProps.hidden}
    >
      <ol className={part('steps')} data-part="steps" aria-label={messages.label}>
        {operationSteps(stage, lastRunning).map(({ step, status: stepStatus }) => (
          <li
            key={step}
            className={part('step')}
            data-part="step"
            data-step={step}
            data-status={stepStatus}
            aria-current={stepStatus === 'current' ? 'step' : undefined}
          >
            <span className={part('marker')} data-part="marker" aria-hidden="true" />
            <span className={part('label')} data-part="label">
              {messages[stepLabel[step]]}
              <span className="ibex-visually-hidden">
                {stepStatus === 'failed' ? '' : `: ${stateText[stepStatus]}`}
              </span>
            </span>
          </li>
        ))}
      </ol>
      {/* Always in the DOM: a live region only speaks about text that changes inside it. */}
      <p className={part('status')} data-part="status" role="status" aria-live="polite">
        {status[stage]}
      </p>
      {transactionHash && explorerTx ? (
        <a
          className={part('link')}
          data-part="link"
          href={`${explorerTx}${transactionHash}`}
          target="_blank"
          rel="noreferrer noopener"
        >
          {messages.viewOnExplorer}
          <ExternalLinkIcon size={14} />
        </a>
      ) : null}
    </div>
  )
}
