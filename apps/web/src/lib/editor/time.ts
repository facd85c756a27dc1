/** "2025-12-03T14:30" from a datetime-local field, read as UTC (the label says so); null when it is not such a value. */
export function utcFromLocalField(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(`${value}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
