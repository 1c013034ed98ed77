import type { IbexLocale } from './IbexMessages.ts'
import { walletDe } from './wallet/de.ts'
import { walletEn } from './wallet/en.ts'
import { walletEs } from './wallet/es.ts'
import { walletFr } from './wallet/fr.ts'
import { walletIt } from './wallet/it.ts'
import type { WalletMessages } from './wallet/WalletMessages.ts'

const byLocale: Record<IbexLocale, WalletMessages> = {
  en: walletEn,
  fr: walletFr,
  de: walletDe,
  es: walletEs,
  it: walletIt,
}

function namespace<key extends keyof WalletMessages>(
  name: key,
): Record<IbexLocale, WalletMessages[key]> {
  return {
    en: byLocale.en[name],
    fr: byLocale.fr[name],
    de: byLocale.de[name],
    es: byLocale.es[name],
    it: byLocale.it[name],
  }
}

/**
 * The catalogues of the wallet components (`BalanceList`, `TransferForm`, `SwapForm`,
 * `TransactionList`, `OperationProgress`) and their shared strings (`walletCommon`: errors,
 * thresholds), by namespace; spread into `ibexCatalogues`. The strings themselves live in one
 * file per language under `wallet/`.
 *
 * @example
 * ibexCatalogues.transferForm.fr.submit // 'Envoyer'
 */
export const walletCatalogues = {
  walletCommon: namespace('common'),
  balanceList: namespace('balanceList'),
  transferForm: namespace('transferForm'),
  swapForm: namespace('swapForm'),
  transactionList: namespace('transactionList'),
  operationProgress: namespace('operationProgress'),
}
