'use client'
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useBalances } from '../../react/hooks/useBalances.ts'
import { useChains } from '../../react/hooks/useChains.ts'
import { useIbexLocale } from '../../react/hooks/useIbexLocale.ts'
import { useSession } from '../../react/hooks/useSession.ts'
import { useSignOut } from '../../react/hooks/useSignOut.ts'
import { ChevronDownIcon } from '../internal/icons/ChevronDownIcon.tsx'
import { CopyIcon } from '../internal/icons/CopyIcon.tsx'
import { ExternalLinkIcon } from '../internal/icons/ExternalLinkIcon.tsx'
import { SignOutIcon } from '../internal/icons/SignOutIcon.tsx'
import { composeRefs } from '../internal/composeRefs.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import {
  accountMenuMessages,
  type AccountMenuMessages,
} from '../internal/messages/accountMenuMessages.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import { resolveMessages } from '../internal/messages/resolveMessages.ts'
import { useAnnouncer } from '../internal/useAnnouncer.ts'
import { formatFiatTotal } from './formatFiatTotal.ts'
import { Identicon } from './Identicon.tsx'
import { shortAddress } from './shortAddress.ts'

/** The parts of the menu, for `classNames` (each also carries `data-part="<name>"`). */
export type AccountMenuPart =
  | 'root'
  | 'trigger'
  | 'identicon'
  | 'address'
  | 'panel'
  | 'summary'
  | 'chain'
  | 'total'
  | 'menu'
  | 'item'

/** Props of {@link AccountMenu}. Other `<div>` props go to the root. */
export interface AccountMenuProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /**
   * Currency of the total value (IBEx gives both).
   * @default 'eur'
   * @example
   * <AccountMenu currency="usd" />
   */
  currency?: 'eur' | 'usd'
  /**
   * Called once the user is signed out (the menu then renders nothing).
   * @example
   * <AccountMenu onSignOut={() => navigate('/sign-in')} />
   */
  onSignOut?: () => void
  /**
   * Language of the built-in strings; `<IbexProvider locale>` when left out.
   * @default 'en'
   */
  locale?: IbexLocale
  /**
   * Overrides of single strings.
   * @example
   * <AccountMenu messages={{ signOut: 'Log out' }} />
   */
  messages?: Partial<AccountMenuMessages>
  /**
   * Classes per part, added to the built-in ones.
   * @example
   * <AccountMenu classNames={{ trigger: 'rounded-md' }} />
   */
  classNames?: Partial<Record<AccountMenuPart, string>>
}

/**
 * The signed-in user's account: a trigger with the Safe's identicon and short address, opening a
 * menu with the full address, the network, the total value, Copy address, View on explorer and
 * Sign out. A real menu: Enter, Space or the arrows open it on the first (↑: last) item; the
 * arrows, Home and End move; Escape or Tab close it; focus returns to the trigger; a click
 * outside closes it. Renders nothing while signed out. Needs `<IbexProvider>`; styled by
 * `ibex-react/styles.css`, `className`, `classNames` and `--ibex-*` variables.
 *
 * @example
 * <header>
 *   <Logo />
 *   <AccountMenu onSignOut={() => navigate('/sign-in')} />
 * </header>
 */
export function AccountMenu(props: AccountMenuProps): ReactNode {
  const {
    currency = 'eur',
    onSignOut,
    locale: localeProp,
    messages: messageOverrides,
    className,
    classNames = {},
    ...rootProps
  } = props
  const providerLocale = useIbexLocale()
  const locale = localeProp ?? providerLocale ?? 'en'
  const messages = resolveMessages(accountMenuMessages, locale, messageOverrides)
  const session = useSession()
  const { data: chains } = useChains()
  const { data: balances } = useBalances()
  const announcer = useAnnouncer()
  // Options of the mutation, not of `mutate`: the session ends before the mutation settles, which
  // unmounts this menu, and TanStack drops the callbacks of `mutate` for unmounted observers.
  const signOut = useSignOut({
    mutation: {
      onSuccess: () => onSignOut?.(),
      onError: () => announcer.announce(messages.signOutFailed, 'assertive'),
    },
  })
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  // Which item takes focus when the menu opens: the first, the last, or none (a pointer click).
  const initialFocus = useRef<'first' | 'last'>('first')
  const id = useId()
  const menuId = `${id}-menu`
  const summaryId = `${id}-summary`

  function items(): HTMLElement[] {
    return Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])
  }

  useEffect(() => {
    if (!open) return
    const list = items()
    ;(initialFocus.current === 'last' ? list.at(-1) : list[0])?.focus()
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return
      setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  if (session.status !== 'signed-in') return null
  const { user } = session
  const address = user.safeAddresses[String(user.chainId)] ?? user.eoaAddress
  if (!address) return null
  const chain = chains?.find((entry) => entry.id === user.chainId)
  const chainName = chain?.name ?? formatMessage(messages.unknownChain, { id: user.chainId })
  const total = balances?.totals?.grand[currency]
  const short = shortAddress(address)

  function close(returnFocus: boolean) {
    setOpen(false)
    if (returnFocus) triggerRef.current?.focus()
  }

  function onTriggerKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      initialFocus.current = event.key === 'ArrowUp' ? 'last' : 'first'
      setOpen(true)
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items()
    const index = list.indexOf(document.activeElement as HTMLElement)
    const move = (next: number) => {
      event.preventDefault()
      list[(next + list.length) % list.length]?.focus()
    }
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1)
      case 'ArrowUp':
        return move(index - 1)
      case 'Home':
        return move(0)
      case 'End':
        return move(list.length - 1)
      case 'Escape':
        event.preventDefault()
        // Stop here: an app's dialog around the menu must not close too.
        event.stopPropagation()
        return close(true)
      case 'Tab':
        return close(false)
    }
  }

  async function copy() {
    close(true)
    try {
      await navigator.clipboard.writeText(address ?? '')
      announcer.announce(messages.copied)
    } catch {
      announcer.announce(messages.copyFailed, 'assertive')
    }
  }

  function runSignOut() {
    close(true)
    announcer.announce(messages.signingOut)
    signOut.mutate()
  }

  const part = (name: AccountMenuPart, base: string) => ({
    className: joinTokens(base, classNames[name]),
    'data-part': name,
  })

  return (
    <div
      {...rootProps}
      ref={composeRefs(rootRef, rootProps.ref)}
      className={joinTokens('ibex-root ibex-account', className, classNames.root)}
      data-ibex-account-menu=""
      data-part="root"
      data-state={open ? 'open' : 'closed'}
    >
      <button
        ref={triggerRef}
        type="button"
        {...part('trigger', 'ibex-account__trigger')}
        aria-label={formatMessage(messages.trigger, { address: short })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={address}
        onClick={() => {
          initialFocus.current = 'first'
          setOpen((value) => !value)
        }}
        onKeyDown={onTriggerKeyDown}
      >
        <Identicon address={address} className="ibex-account__identicon" />
        <span {...part('address', 'ibex-account__address')}>{short}</span>
        <ChevronDownIcon className="ibex-account__chevron" />
      </button>
      {open ? (
        <div {...part('panel', 'ibex-account__panel')}>
          <div id={summaryId} {...part('summary', 'ibex-account__summary')}>
            <Identicon address={address} className="ibex-account__identicon" />
            <span className="ibex-account__full-address">{address}</span>
            <span {...part('chain', 'ibex-account__chain')}>
              {formatMessage(messages.chain, { chain: chainName })}
            </span>
            <span {...part('total', 'ibex-account__total')}>
              <span className="ibex-account__total-label">{messages.totalValue}</span>
              <span className="ibex-account__total-value">
                {total !== undefined
                  ? formatFiatTotal(total, currency, locale)
                  : messages.totalUnavailable}
              </span>
            </span>
          </div>
          {/* The summary is the menu's description: read once when the menu opens. */}
          <div
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label={messages.menuLabel}
            aria-describedby={summaryId}
            aria-orientation="vertical"
            tabIndex={-1}
            {...part('menu', 'ibex-account__menu')}
            onKeyDown={onMenuKeyDown}
          >
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              {...part('item', 'ibex-account__item')}
              data-item="copy"
              onClick={() => void copy()}
            >
              <CopyIcon />
              {messages.copyAddress}
            </button>
            {chain?.explorerAddress ? (
              <a
                role="menuitem"
                tabIndex={-1}
                {...part('item', 'ibex-account__item')}
                data-item="explorer"
                href={`${chain.explorerAddress}${address}`}
                target="_blank"
                rel="noreferrer"
                onClick={() => close(true)}
              >
                <ExternalLinkIcon />
                {messages.viewOnExplorer}
              </a>
            ) : null}
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              {...part('item', 'ibex-account__item')}
              data-item="sign-out"
              aria-disabled={signOut.isPending || undefined}
              onClick={() => {
                if (!signOut.isPending) runSignOut()
              }}
            >
              <SignOutIcon />
              {messages.signOut}
            </button>
          </div>
        </div>
      ) : null}
      <LiveRegion polite={announcer.polite} assertive={announcer.assertive} />
    </div>
  )
}
