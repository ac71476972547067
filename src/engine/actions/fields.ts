// The fields of actions, each as its zod schema (actions/schema.ts builds the Action
// union from them) and a plain check that accepts only values that zod schema
// accepts. The plain checks let the engine skip zod for an ordinary action: zod's
// generic parser costs 1–2 us per action when hot and 15–50 us when rarely called
// (a player who acts every third turn), while bots and students send 10–50 actions
// a turn. Each check is written next to the schema it stands for, so they change
// together; tests/engine/fields.test.ts checks, value by value, that a check never
// accepts what its schema refuses.
import { z } from 'zod';
import { CURRENCY_PATTERN, CurrencyCode, Id, MONEY_MAX, Money, RESERVED_KEYS } from '../schema/common';

export interface Field<Z extends z.ZodType = z.ZodType> { zod: Z; ok: (x: unknown) => boolean; optional: boolean }

function field<Z extends z.ZodType>(zod: Z, ok: (x: unknown) => boolean): Field<Z> {
  return { zod, ok, optional: false };
}

/**
 * ID_PATTERN (/^[A-Za-z][A-Za-z0-9_-]{0,39}$/) read code by code, and not a reserved
 * key: the same strings, and plainAction takes half the time it took with a
 * regular expression per id (0.41 -> 0.21 us an action over the replayed actions).
 */
function isId(x: unknown): boolean {
  if (typeof x !== 'string' || x.length === 0 || x.length > 40) return false;
  for (let i = 0; i < x.length; i += 1) {
    const c = x.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && (i === 0 || !((c >= 48 && c <= 57) || c === 95 || c === 45))) return false;
  }
  return !(RESERVED_KEYS as readonly string[]).includes(x);
}

export const id = field(Id, isId);

export const money = field(Money, (x) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MONEY_MAX);

export function int(min: number, max: number) {
  return field(z.number().int().min(min).max(max), (x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max);
}

export function num(min: number, max: number) {
  return field(z.number().min(min).max(max), (x) => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max);
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return field(z.enum(values), (x) => typeof x === 'string' && (values as readonly string[]).includes(x));
}

/** A return window: 14, 30 or 60 days. */
export const returnDays = field(z.union([z.literal(14), z.literal(30), z.literal(60)]), (x) => x === 14 || x === 30 || x === 60);

export const bool = field(z.boolean(), (x) => typeof x === 'boolean');

export const currency = field(CurrencyCode, (x) => typeof x === 'string' && CURRENCY_PATTERN.test(x));

/** 'home' (the China warehouse) or an id. */
export const idOrHome = field(z.union([z.literal('home'), Id]), (x) => x === 'home' || isId(x));

export function text(min: number, max: number) {
  return field(z.string().min(min).max(max), (x) => typeof x === 'string' && x.length >= min && x.length <= max);
}

/** A list of ids; index by index, so a sparse array (holes zod reads as undefined) is not accepted here. */
export function idList(max: number) {
  return field(z.array(Id).max(max), (x) => {
    if (!Array.isArray(x) || x.length > max) return false;
    for (let i = 0; i < x.length; i += 1) if (!isId(x[i])) return false;
    return true;
  });
}

export function optional<Z extends z.ZodType>(f: Field<Z>): Field<z.ZodOptional<Z>> {
  return { zod: f.zod.optional(), ok: f.ok, optional: true };
}

export function described<Z extends z.ZodType>(f: Field<Z>, text: string): Field<Z> {
  return { zod: f.zod.describe(text), ok: f.ok, optional: f.optional };
}
