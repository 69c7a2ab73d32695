/**
 * Every CLI's `--help` / `-h`: prints the help and exits 0 before anything
 * else runs — no database opened, no data loaded, no file rewritten (issue 21).
 * The PGlite note is said once here for the CLIs that open the database.
 */
export function helpAndExitIfAsked(argv: readonly string[], text: string): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  console.log(text.trim());
  process.exit(0);
}

/** Why a CLI that opens the embedded database fails while `npm start` runs, and what to do. */
export const EMBEDDED_DATABASE_NOTE = `
내장 데이터베이스(PGlite, DATABASE_URL 없음)는 한 프로세스만 열 수 있습니다: 허브(npm start)가 실행 중이면 먼저 멈추거나,
DATABASE_URL로 PostgreSQL을 쓰세요. / The embedded database (PGlite, no DATABASE_URL) is opened by one process at a time:
stop the hub (npm start) first, or run both against PostgreSQL with DATABASE_URL.`;
