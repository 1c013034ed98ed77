/**
 * ERC-1271's `isValidSignature(bytes32 hash, bytes signature) → bytes4`, and the answer a
 * contract gives for a valid signature (the function's selector). One copy for the kit's check
 * and the mock chain that answers it, so the two cannot drift apart.
 *
 * @example
 * const magic = await readContract(client, { address: safe, abi: erc1271.abi, functionName: 'isValidSignature', args: [hash, '0x'] })
 * const valid = magic === erc1271.magicValue
 */
export const erc1271 = {
  abi: [
    {
      type: 'function',
      name: 'isValidSignature',
      stateMutability: 'view',
      inputs: [
        { name: 'hash', type: 'bytes32' },
        { name: 'signature', type: 'bytes' },
      ],
      outputs: [{ name: 'magicValue', type: 'bytes4' }],
    },
  ],
  magicValue: '0x1626ba7e',
} as const
