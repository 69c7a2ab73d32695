/**
 * Registration status of a programme (접수상태), from the words boards
 * publish. The four statuses and their labels are the ones the crawled
 * sites use (접수중, 마감, 대기, 접수예정); the other spellings are the
 * common variants of Korean agency boards (모집중, 신청마감 …). A text that
 * is none of them has no status (never guessed): the published text still
 * shows as the label.
 *
 * Kept as data because the catalog's `programs(filter: {statuses})` filters
 * on the same spellings in SQL (subgraphs/catalog/store.ts).
 */
export const PROGRAM_STATUSES = {
  OPEN: { label: '접수중', spellings: ['접수중', '모집중', '신청중', '신청가능', '접수가능'] },
  CLOSED: { label: '마감', spellings: ['마감', '접수마감', '모집마감', '신청마감', '종료', '모집종료', '접수종료'] },
  WAITLIST: { label: '대기', spellings: ['대기', '대기접수', '대기신청', '대기자접수'] },
  UPCOMING: { label: '접수예정', spellings: ['접수예정', '모집예정', '신청예정', '준비중'] },
} as const;
export type ProgramStatus = keyof typeof PROGRAM_STATUSES;

/** Spaces and brackets removed, as boards vary them (`접수 중`, `[마감]`). */
export function programStatusKey(text: string): string {
  return text.replace(/[\s[\]()]/g, '');
}

const BY_SPELLING = new Map<string, ProgramStatus>(
  (Object.entries(PROGRAM_STATUSES) as [ProgramStatus, (typeof PROGRAM_STATUSES)[ProgramStatus]][]).flatMap(([status, s]) =>
    s.spellings.map((spelling) => [spelling, status] as const),
  ),
);

export function programStatusOf(text: unknown): ProgramStatus | null {
  return typeof text === 'string' ? BY_SPELLING.get(programStatusKey(text)) ?? null : null;
}

/** Every published spelling of these statuses, as `programStatusKey` leaves them (for SQL `= any`). */
export function programStatusSpellings(statuses: readonly ProgramStatus[]): string[] {
  return statuses.flatMap((s) => PROGRAM_STATUSES[s].spellings);
}
