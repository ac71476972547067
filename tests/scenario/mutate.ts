// Mutations of a scenario for the fuzz test: structural edits of the parsed
// value (delete, retype, duplicate, inject reserved or timer keys, deep nesting)
// and byte-level damage of the file (truncate, flip, insert).
import type { XorShift32 } from './prng';

type Json = unknown;
type Container = Record<string, Json> | Json[];
interface Slot { parent: Container; key: string | number; value: Json }

const GARBAGE: readonly (() => Json)[] = [
  () => null, () => true, () => false, () => 0, () => -1, () => -1e308, () => 1e308, () => 1.5,
  () => 2 ** 53 + 2, () => 'NaN', () => 'Infinity', () => '-0', () => '', () => 'x'.repeat(5000),
  () => '__proto__', () => 'constructor', () => 'toString', () => '💥\u0000\u202e', () => [], () => ({}),
  () => [[[]]], () => ({ a: { b: { c: [1, {}, 'x'] } } }), () => [null, 1, 'a', {}, []], () => 'US', () => 'lamp',
];

const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const TIMERS = ['after', 'invoke', 'delay'];

function slots(root: Json, prefix: (string | number)[] = [], out: (Slot & { path: (string | number)[] })[] = []): (Slot & { path: (string | number)[] })[] {
  if (root === null || typeof root !== 'object') return out;
  const entries: [string | number, Json][] = Array.isArray(root) ? root.map((v, i) => [i, v]) : Object.entries(root);
  for (const [key, value] of entries) {
    const path = [...prefix, key];
    out.push({ parent: root as Container, key, value, path });
    slots(value, path, out);
  }
  return out;
}

function setOwn(obj: Container, key: string | number, value: Json): void {
  // defineProperty, so "__proto__" becomes an own key exactly as JSON.parse makes it.
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function nest(value: Json, depth: number): Json {
  let v = value;
  for (let i = 0; i < depth; i += 1) v = i % 2 === 0 ? [v] : { n: v };
  return v;
}

/** Applies one random structural edit to `root` in place. */
export function mutateValue(root: Json, rng: XorShift32): void {
  const all = slots(root);
  if (all.length === 0) return;
  const slot = rng.pick(all);
  const { parent, key } = slot;
  const objects = all.filter((s) => s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value));
  switch (rng.int(9)) {
    case 0: // delete a field or list item
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      return;
    case 1: case 2: // replace with a value of another type
      setOwn(parent, key, rng.pick(GARBAGE)());
      return;
    case 3: { // duplicate a list item (duplicate ids, over-long lists)
      const list = all.filter((s) => Array.isArray(s.value) && (s.value as Json[]).length > 0);
      if (list.length === 0) return;
      const arr = rng.pick(list).value as Json[];
      const copies = rng.chance(0.1) ? 200 : 1;
      for (let i = 0; i < copies; i += 1) arr.push(structuredClone(rng.pick(arr)));
      return;
    }
    case 4: // inject a reserved key into some object
      if (objects.length > 0) setOwn(rng.pick(objects).value as Container, rng.pick(RESERVED), rng.pick(GARBAGE)());
      return;
    case 5: { // inject a timer key somewhere under the script
      const inScript = objects.filter((s) => s.path[0] === 'script');
      if (inScript.length > 0) setOwn(rng.pick(inScript).value as Container, rng.pick(TIMERS), { 1000: 'peak' });
      return;
    }
    case 6: // move another part of the scenario here (wrong shapes, dangling ids)
      setOwn(parent, key, structuredClone(rng.pick(all).value));
      return;
    case 7: // numbers at the edges
      setOwn(parent, key, rng.pick([-1, -0.0001, 0, 1.0001, 1e15, -1e15, 104, 105, 53, 0.5]));
      return;
    default: // absurd nesting
      setOwn(parent, key, nest(slot.value, rng.chance(0.5) ? 70 : 10));
  }
}

/** Damages the bytes of a file: truncation, flipped bytes or inserted JSON punctuation. */
export function mutateBytes(bytes: Uint8Array, rng: XorShift32): Uint8Array {
  switch (rng.int(4)) {
    case 0:
      return bytes.slice(0, rng.int(bytes.length + 1));
    case 1: {
      const out = bytes.slice();
      const flips = 1 + rng.int(5);
      for (let i = 0; i < flips; i += 1) {
        const at = rng.int(out.length);
        out[at] = out[at]! ^ (1 + rng.int(255));
      }
      return out;
    }
    case 2: {
      const at = rng.int(bytes.length + 1);
      const insert = new TextEncoder().encode(rng.pick(['{', '}', '[', ']', ',', ':', '"', '\\', '1e999', '-', 'null', '\u0000', '\n', 'ä', '\ufeff']));
      const out = new Uint8Array(bytes.length + insert.length);
      out.set(bytes.subarray(0, at));
      out.set(insert, at);
      out.set(bytes.subarray(at), at + insert.length);
      return out;
    }
    default: {
      // Replace one number literal with one JSON cannot represent as a finite double.
      const text = new TextDecoder().decode(bytes);
      const numbers = [...text.matchAll(/-?\d+(\.\d+)?/g)];
      if (numbers.length === 0) return bytes;
      const m = rng.pick(numbers);
      return new TextEncoder().encode(text.slice(0, m.index) + rng.pick(['1e999', '-1e999', '1e-999', '0.1e400']) + text.slice(m.index! + m[0].length));
    }
  }
}
