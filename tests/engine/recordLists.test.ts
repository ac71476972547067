// The record-list helpers (src/engine/recordLists.ts) behave as filter, map and a
// spread copy do: same records, same order, a new list each time.
import { describe, expect, it } from 'vitest';
import { copyRecords, keepRecords, mapRecords, recordList } from '../../src/engine/recordLists';

const list = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }];

describe('record lists', () => {
  it('start empty and take records', () => {
    const l = recordList<{ n: number }>();
    expect(l).toEqual([]);
    l.push({ n: 7 });
    expect(l).toEqual([{ n: 7 }]);
  });

  it('keep, map and copy as filter, map and a spread do', () => {
    expect(keepRecords(list, (x) => x.n % 2 === 0)).toEqual(list.filter((x) => x.n % 2 === 0));
    expect(keepRecords(list, () => false)).toEqual([]);
    expect(mapRecords(list, (x) => ({ m: x.n * 10 }))).toEqual(list.map((x) => ({ m: x.n * 10 })));
    const copy = copyRecords(list);
    expect(copy).toEqual(list);
    expect(copy).not.toBe(list);
    expect(copy[2]).toBe(list[2]);
  });
});
