/** Prisma's unique-constraint failure (P2002), recognised without importing Prisma. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
