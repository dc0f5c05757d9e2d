import { legalStateLabels, patentKindLabels, ZLegalState, ZPatentKind } from '@zhichan/contract';
import { useLabel } from '../prefs/label';

/** Label functions for patent types and legal states in the interface language (unknown codes shown as they are). */
export function usePatentLabels() {
  const label = useLabel();
  return {
    kind: (kind: string) => {
      const k = ZPatentKind.safeParse(kind);
      return k.success ? label(patentKindLabels[k.data]) : kind;
    },
    legalState: (state: string) => {
      const s = ZLegalState.safeParse(state);
      return s.success ? label(legalStateLabels[s.data]) : state;
    },
  };
}
