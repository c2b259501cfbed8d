import { randomBytes } from "node:crypto";

// Ids for rows written past Prisma, shaped like its cuid(): 'c', the time in base 36, a
// counter, then randomness (72 bits). Ordered by time, so ties on createdAt sort as created.
let counter = 0;

export function newId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = BigInt(`0x${randomBytes(9).toString("hex")}`)
    .toString(36)
    .padStart(12, "0")
    .slice(-12);
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
