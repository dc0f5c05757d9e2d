import { z } from 'zod';
import { addCodedIssue, message, type MessageCode } from './messages.js';

/**
 * Unified social credit code (统一社会信用代码) validation, GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, Z, S, V):
 * registration authority (1), organisation type (1), administrative region code (6),
 * organisation identifier (9) and a check character computed modulo 31 over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'charset' | 'region' | 'check';

/** Computes the GB 32100 check character for the first 17 characters of a code. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) throw new RangeError(`invalid character at ${i + 1}`);
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const c = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(c);
}

/** Returns null when the code is a valid USCC, otherwise the first problem found. */
export function findUsccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!ALPHABET.includes(ch)) return 'charset';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'region';
  return usccCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? null : 'check';
}

/** The catalogue code explaining each USCC problem (`uscc.length` …). */
export const usccProblemCodes = {
  length: 'uscc.length',
  charset: 'uscc.charset',
  region: 'uscc.region',
  check: 'uscc.check',
} as const satisfies Record<UsccProblem, MessageCode>;

/** Chinese explanation of a USCC problem, shown to the person typing the code. */
export const usccProblemMessages: Record<UsccProblem, string> = {
  length: message(usccProblemCodes.length).text,
  charset: message(usccProblemCodes.charset).text,
  region: message(usccProblemCodes.region).text,
  check: message(usccProblemCodes.check).text,
};

/** Normalises user input: trims, removes inner spaces, upper-cases. */
export function normaliseUscc(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** A unified social credit code, normalised and checked (GB 32100-2015). */
export const ZUsccCode = z
  .string()
  .transform(normaliseUscc)
  .superRefine((code, ctx) => {
    const problem = findUsccProblem(code);
    if (problem) addCodedIssue(ctx, usccProblemCodes[problem]);
  });

/**
 * The registration authority's region (characters 3–8) when its province (first two digits) differs from
 * the province of `regionCode`, else null. A warning only: an enterprise may have registered elsewhere and
 * moved. Codes issued nationally (100000) and codes without a region part are not compared.
 */
export function usccOtherProvince(code: string, regionCode: string | undefined): string | null {
  const region = normaliseUscc(code).slice(2, 8);
  if (!/^\d{6}$/.test(region) || !regionCode || !/^\d{2}/.test(regionCode)) return null;
  if (region.startsWith('10') || region.startsWith('00')) return null;
  return region.slice(0, 2) === regionCode.slice(0, 2) ? null : region;
}

/** The warning shown under the credit code when usccOtherProvince finds another province. */
export const usccOtherProvinceMessage = (region: string): string => message('uscc.other_province', { region }).text;
