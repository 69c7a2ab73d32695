import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's embedded database: two processes writing the same
 * directory corrupt it. A pid lock file turns that mistake (say, `npm start`
 * twice) into a clear error. A lock left by a dead process is taken over.
 */
export function acquireDirLock(dir: string): () => void {
  const path = join(dir, 'dolbom.lock');
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `데이터 디렉터리를 다른 프로세스(pid ${pid})가 사용 중입니다: ${dir}\n` +
          `The data directory is in use by another process (pid ${pid}): ${dir}. Stop it, or set DATA_DIR / DATABASE_URL.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(path, String(process.pid));
  return () => rmSync(path, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
