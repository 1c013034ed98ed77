import { useId, type CSSProperties, type FormEvent, type ReactNode } from 'react'
import { IbexValidationError } from '../../src/core/errors/IbexValidationError.ts'
import { useAddressBook } from '../../src/react/hooks/useAddressBook.ts'
import { useCreateContact } from '../../src/react/hooks/useCreateContact.ts'
import { useDeleteContact } from '../../src/react/hooks/useDeleteContact.ts'
import { useIbexLocale } from '../../src/react/hooks/useIbexLocale.ts'
import { addressBookStoryMessages } from './addressBookStoryMessages.ts'
import { storyFormStyles } from './storyFormStyles.ts'

const card: CSSProperties = {
  display: 'grid',
  gap: 'var(--ibex-space-2)',
  padding: 'var(--ibex-space-3)',
  borderRadius: 'var(--ibex-radius-3)',
  background: 'var(--ibex-bg)',
  color: 'var(--ibex-fg)',
  fontFamily: 'var(--ibex-font-family)',
}
const { input, button } = storyFormStyles

/**
 * A story's address book on the kit's hooks: save a contact with an address (its checksum
 * checked before any request), list the contacts, remove one. Text in the toolbar's language,
 * styles from the kit's tokens.
 *
 * @example
 * <PasskeyWallet><AddressBook /></PasskeyWallet>
 */
export function AddressBook(): ReactNode {
  const text = addressBookStoryMessages(useIbexLocale())
  const book = useAddressBook()
  const create = useCreateContact()
  const remove = useDeleteContact()
  const nameId = useId()
  const addressId = useId()
  const invalidField = create.error instanceof IbexValidationError ? create.error.field : undefined

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const form = event.currentTarget
    create.mutate(
      {
        name: String(data.get('name')),
        crypto: [{ chainId: 421614, address: String(data.get('address')) }],
      },
      { onSuccess: () => form.reset() },
    )
  }

  return (
    <section aria-label={text.title} style={card}>
      <form onSubmit={onSubmit} style={card} noValidate>
        <label htmlFor={nameId}>{text.nameLabel}</label>
        <input
          id={nameId}
          name="name"
          style={input}
          aria-invalid={invalidField === 'name' ? true : undefined}
        />
        <label htmlFor={addressId}>{text.addressLabel}</label>
        <input
          id={addressId}
          name="address"
          style={{ ...input, fontFamily: 'var(--ibex-font-mono)' }}
          aria-invalid={invalidField === 'crypto[0].address' ? true : undefined}
        />
        <button type="submit" style={button} disabled={create.isPending}>
          {text.save}
        </button>
      </form>
      {create.error && (
        <p role="alert" style={{ color: 'var(--ibex-danger)', margin: 0 }}>
          {invalidField ? text.invalid : text.failed}
        </p>
      )}
      {book.data?.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 'var(--ibex-space-3)' }}>
          {book.data.map((contact) => (
            <li key={contact.id}>
              {contact.name}{' '}
              <button
                type="button"
                onClick={() => remove.mutate({ id: contact.id })}
                aria-label={text.remove(contact.name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: 0, color: 'var(--ibex-fg-muted)' }}>{text.empty}</p>
      )}
    </section>
  )
}
