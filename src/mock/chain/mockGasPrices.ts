/** The mock chains' constant fees: a 1 gwei base fee and a 0.1 gwei tip. */
export const mockGasPrices = { baseFeePerGas: 1_000_000_000n, priorityFeePerGas: 100_000_000n }
