/**
 * Prints the `examinerPinHash` value for the centre's policy (docs/centre/): the PIN is read
 * from standard input (never from the command line, which the shell history keeps).
 *
 *   npm run --silent centre:pin-hash < pin.txt
 */
import { formatPinHash } from '../extension/background/managed-sync.ts';
import { checkPinFormat, hashPin } from '../extension/background/session/pin.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const pin = Buffer.concat(chunks).toString('utf8').trim();
const format = checkPinFormat(pin);
if (!format.ok) {
  console.error(format.fr);
  process.exit(1);
}
console.log(formatPinHash(await hashPin(pin)));
