/**
 * The level of a region from its code (GB/T 2260 structure): 9 digits is a town/street (4);
 * for 6 digits, `xx0000` is a province (1), `xxxx00` a city (2), anything else a county (3).
 */
export function regionLevelOfCode(code: string): 1 | 2 | 3 | 4 {
  if (code.length === 9) return 4;
  if (code.endsWith('0000')) return 1;
  if (code.endsWith('00')) return 2;
  return 3;
}
