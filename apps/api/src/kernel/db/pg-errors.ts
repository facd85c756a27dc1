/** True when `e` is PostgreSQL's unique_violation on `constraint`. */
export function uniqueViolation(e: unknown, constraint: string): boolean {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err.driverError?.code ?? err.code;
  const name = err.driverError?.constraint ?? err.constraint;
  return code === '23505' && name === constraint;
}

/** True when `e` is PostgreSQL's foreign_key_violation (a row is still referenced, or refers to nothing). */
export function foreignKeyViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  return (err.driverError?.code ?? err.code) === '23503';
}
