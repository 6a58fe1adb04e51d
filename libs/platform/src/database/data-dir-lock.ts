import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/stor-config.js';

/**
 * PGlite is one process's database: a second STOR process (a seed, a rebuild) opening the same
 * DATA_DIR would corrupt it. The first process holds a lock file naming its pid; a lock whose
 * process has died is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'stor.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new ConfigError(
          `Another STOR process (pid ${holder}) is using the embedded database in ${dataDir}. Stop it first, or use DATABASE_URL for several processes.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new ConfigError(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
