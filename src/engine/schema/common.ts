// Building blocks shared by every part of the scenario schema. Money is always an
// integer count of minor units (fen, cents, yen) — DESIGN.md §4 — and ids are
// plain names that can never collide with JavaScript object internals.
import { z } from 'zod';

/** Names that would reach Object.prototype if used as a key. */
export const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** What an id looks like (also checked without zod by actions/fields.ts). */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, 'an id is 1–40 letters, digits, "_" or "-", starting with a letter')
  .refine((s) => !(RESERVED_KEYS as readonly string[]).includes(s), 'this id is reserved; choose another name')
  .describe('An identifier: letters, digits, "_" or "-", starting with a letter.');

/** Player-visible text, always in both languages of the game. */
export const Localised = z
  .strictObject({
    zh: z.string().min(1).max(4000).describe('简体中文'),
    en: z.string().min(1).max(4000).describe('English'),
  })
  .describe('Text shown to players, in Chinese and English.');

export const Fraction = z.number().min(0).max(1);

/** An amount of money in integer minor units (cents, fen, yen). */
export const MONEY_MAX = 1e12;
export const Money = z.number().int().min(0).max(MONEY_MAX);

/** Where a figure comes from: a row of shared/calibration.md or a seed chapter. */
export const Source = z.string().max(500).optional().describe('Where the figures come from (a calibration.md row or a seed chapter).');

export const DayRange = z
  .tuple([z.number().int().min(0).max(120), z.number().int().min(0).max(120)])
  .refine(([lo, hi]) => lo <= hi, 'the first number of a range must not exceed the second');

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const CurrencyCode = z.string().regex(CURRENCY_PATTERN, 'a currency is a three-letter ISO code such as USD');

export type Localised = z.infer<typeof Localised>;
