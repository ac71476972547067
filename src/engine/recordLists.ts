// Lists of records that V8 sees as one kind of list, empty or not. An empty `[]`,
// and what filter, map or a spread give back when nothing is kept, is a list of
// small integers to V8 until a record goes in; code optimised while it met only
// one kind is thrown away and compiled again when it meets the other, in every
// grade worker's warm-up (--trace-deopt: runCrises, crisisViews, crisisFactor and
// endCrises on the crises list, freightCost on the events list, comingTo and
// replenish on the shipments list). Every list of records in the state that can
// be empty is started or filtered here, so none comes back as a list of integers.

/** An empty list for records. */
export function recordList<T extends object>(): T[] {
  const list: (T | null)[] = [null];
  list.length = 0;
  return list as T[];
}

/** A copy of a list of records, to add to or drop from. */
export function copyRecords<T extends object>(list: readonly T[]): T[] {
  const out = recordList<T>();
  for (let i = 0; i < list.length; i += 1) out.push(list[i]!);
  return out;
}

/** The records of `list` that `keep` says to keep, in order. */
export function keepRecords<T extends object>(list: readonly T[], keep: (x: T) => boolean): T[] {
  const out = recordList<T>();
  for (let i = 0; i < list.length; i += 1) if (keep(list[i]!)) out.push(list[i]!);
  return out;
}

/** Each record of `list` through `f`, in order. */
export function mapRecords<T, U extends object>(list: readonly T[], f: (x: T) => U): U[] {
  const out = recordList<U>();
  for (let i = 0; i < list.length; i += 1) out.push(f(list[i]!));
  return out;
}
