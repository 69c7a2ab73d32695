import type { Criterion } from './criteria';

/**
 * A compact, human-writable signature of a criterion — the notation of
 * bench/benefits/criteria-labels.json and of the extractor's tests:
 * `AGE:CHILD:36m,≤71m`, `AGE:CHILD:g1-3`, `AGE:CHILD:≤28d`, `PREGNANCY:12-`,
 * `RESIDENCE:강남구:6m`, `INCOME:-150`, `HOUSEHOLD:MULTI_CHILD:3`,
 * `AGE:CHILD:≤11m,birth~` (a birth, period assumed), `AGE:CHILD:≥2024-01-01,birth`, `RESIDENCE:강남구:6m@birth`,
 * `CHILD_ORDER:3`, `EMPLOYMENT:EMPLOYED`, `OTHER:<text>`, `any(A | B)`.
 * A lower age bound of 0 months is written as none (the same condition).
 */
export function signature(c: Criterion): string {
  switch (c.kind) {
    case 'AGE': {
      const parts = [
        c.minMonths ? `${c.minMonths}m` : '',
        c.maxMonths !== undefined ? `≤${c.maxMonths}m` : '',
        c.withinDaysOfBirth !== undefined ? `≤${c.withinDaysOfBirth}d` : '',
        c.minGrade !== undefined ? `g${c.minGrade}-${c.maxGrade ?? ''}` : '',
        c.bornOnOrAfter !== undefined ? `≥${c.bornOnOrAfter}` : '',
        c.dueWithinDays !== undefined ? `due≤${c.dueWithinDays}d` : '',
        c.birth ? (c.windowAssumed ? 'birth~' : 'birth') : '',
      ].filter(Boolean);
      return `AGE:${c.subject}:${parts.join(',')}`;
    }
    case 'PREGNANCY':
      return `PREGNANCY:${c.minWeeks ?? ''}-${c.maxWeeks ?? ''}`;
    case 'RESIDENCE':
      return `RESIDENCE:${c.sigungu ?? c.sido ?? ''}${c.minMonths !== undefined ? `:${c.minMonths}m${c.atBirth ? '@birth' : ''}` : ''}`;
    case 'INCOME':
      return `INCOME:${c.minMedianPercent ?? ''}-${c.maxMedianPercent ?? ''}`;
    case 'HOUSEHOLD':
      return `HOUSEHOLD:${c.flag}${c.minChildren ? `:${c.minChildren}` : ''}`;
    case 'CHILD_ORDER':
      return `CHILD_ORDER:${c.minOrder}`;
    case 'EMPLOYMENT':
      return `EMPLOYMENT:${c.status}`;
    case 'OTHER':
      return `OTHER:${c.text}`;
    case 'ANY_OF':
      return `any(${c.options.map(signature).join(' | ')})`;
  }
}

/** The atoms of a signature: `any(A | B)` → [A, B]; others → [itself]. */
export function atoms(sig: string): string[] {
  const m = /^any\((.*)\)$/.exec(sig);
  return m ? m[1]!.split(' | ') : [sig];
}

/** The kind an atom is scored under. */
export function kindOf(atom: string): string {
  return atom.split(':')[0]!;
}
