/**
 * A region and its ancestors, nearest first, from the code alone (GB/T 2260 and the town codes):
 * town 370811002 → county 370811 → city 370800 → province 370000; city 370800 → 370800, 370000.
 * The one place this rule lives: population bases, reported figures and the screen's weights all
 * inherit from the nearest ancestor with it.
 */
export function regionAncestry(code: string): string[] {
  const out = [code];
  if (code.length === 9) out.push(code.slice(0, 6));
  const six = code.slice(0, 6);
  if (!six.endsWith('00')) out.push(`${six.slice(0, 4)}00`);
  if (!six.endsWith('0000')) out.push(`${six.slice(0, 2)}0000`);
  return [...new Set(out)];
}
