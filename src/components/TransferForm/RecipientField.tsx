'use client'
import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react'
import { ChevronDownIcon } from '../internal/icons/ChevronDownIcon.tsx'
import { FieldError } from '../internal/form/FieldError.tsx'
import { joinTokens } from '../internal/joinTokens.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { TransferFormMessages } from '../internal/messages/wallet/WalletMessages.ts'
import { shortAddress } from '../internal/shortAddress.ts'
import type { ChainContact } from './chainContacts.ts'
import type { TransferFormPart } from './TransferFormPart.ts'

/** Props of {@link RecipientField}. */
export interface RecipientFieldProps {
  id: string
  inputRef: Ref<HTMLInputElement>
  value: string
  onValueChange: (value: string) => void
  locked: boolean
  error: string | undefined
  /** The user's saved contacts with an address on the form's chain. */
  contacts: readonly ChainContact[]
  messages: TransferFormMessages
  part: (name: TransferFormPart) => string
}

function matches(contact: ChainContact, typed: string): boolean {
  const text = typed.trim().toLowerCase()
  if (text === '') return true
  if (text.startsWith('0x')) return contact.address.toLowerCase().startsWith(text)
  return [contact.name, contact.label ?? ''].some((word) => word.toLowerCase().includes(text))
}

/**
 * The recipient of a transfer: a typed or pasted address (checked by the form), or one of the
 * user's saved contacts. With contacts, the input is an editable combobox (WAI-ARIA APG "list
 * autocomplete"): typing filters the contacts by name, label or address start, ArrowDown/Up
 * move through them, Enter picks one (its checksummed address fills the input), Escape closes
 * the list; a button beside it opens the whole list. The chosen contact's name shows under the
 * input. Without contacts it is a plain text input.
 *
 * @example
 * <RecipientField id={id} value={to} onValueChange={setTo} contacts={contacts} … />
 */
export function RecipientField(props: RecipientFieldProps): ReactNode {
  const { id, inputRef, value, onValueChange, locked, error, contacts, messages, part } = props
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const shown = contacts.filter((contact) => matches(contact, value))
  const listOpen = open && !locked && shown.length > 0
  const activeContact = listOpen ? shown[active] : undefined
  const chosen = contacts.find(
    (contact) => contact.address.toLowerCase() === value.trim().toLowerCase(),
  )
  const listId = `${id}-contacts`
  const optionId = (index: number) => `${listId}-${index}`
  const hasContacts = contacts.length > 0

  function pick(contact: ChainContact) {
    onValueChange(contact.address)
    setOpen(false)
    setActive(-1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!hasContacts || locked) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      if (!listOpen) {
        setOpen(true)
        setActive(step === 1 ? 0 : shown.length - 1)
        return
      }
      setActive((index) => (index + step + shown.length) % shown.length)
    } else if (event.key === 'Enter' && activeContact) {
      // Picks the contact instead of submitting the form.
      event.preventDefault()
      pick(activeContact)
    } else if (event.key === 'Escape' && listOpen) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  const input = (
    <input
      ref={inputRef}
      id={`${id}-to`}
      className={joinTokens('ibex-input', part('input'))}
      data-part="input"
      type="text"
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      placeholder="0x…"
      value={value}
      readOnly={locked}
      aria-invalid={error ? true : undefined}
      aria-describedby={joinTokens(chosen && `${id}-to-contact`, error && `${id}-to-error`)}
      onChange={(event) => {
        onValueChange(event.target.value)
        if (hasContacts) {
          setOpen(true)
          setActive(-1)
        }
      }}
      {...(hasContacts
        ? {
            role: 'combobox',
            'aria-autocomplete': 'list' as const,
            'aria-expanded': listOpen,
            'aria-controls': listId,
            'aria-activedescendant': activeContact ? optionId(active) : undefined,
            onKeyDown,
            onBlur: () => setOpen(false),
          }
        : {})}
    />
  )

  return (
    <div className={part('field')} data-part="field" data-field="recipient">
      <label htmlFor={`${id}-to`} className={part('label')} data-part="label">
        {messages.recipientLabel}
      </label>
      {hasContacts ? (
        <div data-part="recipient-row">
          {input}
          <button
            type="button"
            className={joinTokens('ibex-button', part('contactsToggle'))}
            data-part="contacts-toggle"
            data-variant="secondary"
            // As in the APG combobox: the input is the tab stop, the button is for pointers.
            tabIndex={-1}
            aria-label={messages.contactsToggle}
            aria-expanded={listOpen}
            aria-controls={listId}
            disabled={locked}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setOpen(!listOpen)
              setActive(-1)
              if (typeof inputRef === 'object' && inputRef) inputRef.current?.focus()
            }}
          >
            <ChevronDownIcon size={18} />
          </button>
        </div>
      ) : (
        input
      )}
      {hasContacts ? (
        <ul
          id={listId}
          role="listbox"
          className={part('contacts')}
          data-part="contacts"
          aria-label={messages.contactsLabel}
          hidden={!listOpen}
          // Keeps the focus in the input while a contact is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {shown.map((contact, index) => (
            // Keys reach the options through the input (aria-activedescendant), not the option.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={`${contact.id}:${contact.address}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={part('contact')}
              data-part="contact"
              onClick={() => pick(contact)}
            >
              <span data-part="contact-name">{contact.name}</span>{' '}
              <span data-part="contact-address" title={contact.address}>
                {shortAddress(contact.address)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <p id={`${id}-to-contact`} className={part('hint')} data-part="hint">
          {formatMessage(messages.contactChosen, { name: chosen.name })}
        </p>
      ) : null}
      <FieldError id={`${id}-to-error`} className={part('fieldError')} text={error} />
    </div>
  )
}
