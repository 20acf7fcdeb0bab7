/**
 * Partial updates (used by projects, tasks and time entries): an omitted field stays as it is,
 * `null` clears it. Only the columns whose value really changes are written, so an update that
 * changes nothing writes nothing and emits no event.
 */
export function changedColumns<R extends object, K extends keyof R & string>(
  before: R,
  input: Partial<Record<K, unknown>>,
  columns: readonly K[],
): Partial<Pick<R, K>> {
  const patch: Partial<Pick<R, K>> = {};
  for (const col of columns) {
    const value = input[col];
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(before[col])) patch[col] = value as R[K];
  }
  return patch;
}
