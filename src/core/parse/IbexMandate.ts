/**
 * A SEPA mandate (`useMandates().data` items): a standing order forwarding `percent` of what
 * reaches `sourceIban` to `destinationIban`, authorised by a message the Safe signed
 * (docs/protocol.md "SEPA and IBANs"). `cancelled` is final.
 *
 * @example
 * const active = mandates.filter((mandate) => mandate.status === 'validated')
 */
export type IbexMandate = {
  id: string
  status: 'validated' | 'suspended' | 'cancelled' | (string & {})
  position: number | undefined
  sourceIban: string | undefined
  destinationIban: string | undefined
  destinationName: string | undefined
  destinationBic: string | undefined
  percent: number | undefined
  trigger: IbexMandateTrigger | undefined
  signature: {
    message: string | undefined
    messageHash: string | undefined
    safeOperationUserOpHash: string | undefined
    signatureCapturedAt: string | undefined
  }
  createdAt: string | undefined
  updatedAt: string | undefined
  version: number | undefined
}

/** When a mandate forwards: every incoming payment, or those matching a whitelist. */
export type IbexMandateTrigger = {
  mode: 'all' | 'whitelist'
  whitelistRules?:
    | (
        | { kind: 'senderIban'; operator: 'in'; values: string[] }
        | {
            kind: 'amount'
            operator: 'between'
            minAmount: string
            maxAmount: string
            currency: string
          }
      )[]
    | undefined
}
