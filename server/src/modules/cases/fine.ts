import { message, type FineRange, type PenaltyKind } from '@zhichan/contract';

/** Illegal gains or turnover from which the fine is a multiple of it (Patent Law art. 68; Trademark Law art. 60). */
const THRESHOLD = 50_000;
const FLAT_MAX = 250_000;
const MULTIPLE = 5;

/**
 * The legal range of the fine (罚款幅度) for a case's kind and its illegal gains (假冒专利) or turnover (商标侵权,
 * 地理标志): staff choose within it and record why. It never decides for them; a repeat offence within five years
 * keeps the legal maximum and asks for heavier punishment within it (Trademark Law art. 60: 从重处罚).
 */
export function fineRange(kind: PenaltyKind, amount: number | null, repeat: boolean, specialMarksFlatMax: number): FineRange {
  const a = amount ?? 0;
  const notes = [];
  let max: number;
  let basis;
  if (kind === 'counterfeit_patent') {
    // Patent Law art. 68: gains of 50,000 or more → up to 5×; none or under 50,000 → up to 250,000.
    [max, basis] = a >= THRESHOLD ? [a * MULTIPLE, message('cases.fine_patent_gains', { amount: a })] : [FLAT_MAX, message('cases.fine_patent_flat')];
  } else if (kind === 'special_marks') {
    [max, basis] =
      a > 0
        ? [a * MULTIPLE, message('cases.fine_special_marks', { flat: specialMarksFlatMax })]
        : [specialMarksFlatMax, message('cases.fine_special_marks', { flat: specialMarksFlatMax })];
  } else {
    // Trademark Law art. 60 (a GI registered as a collective or certification mark is protected by it too).
    [max, basis] = a >= THRESHOLD ? [a * MULTIPLE, message('cases.fine_trademark_turnover', { amount: a })] : [FLAT_MAX, message('cases.fine_trademark_flat')];
    notes.push(message('cases.fine_confiscate'));
  }
  const heavier = repeat && kind !== 'counterfeit_patent';
  if (heavier) notes.push(message('cases.fine_repeat'));
  return { min: 0, max: Math.round(max * 100) / 100, basis, heavier, notes };
}
