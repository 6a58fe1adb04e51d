import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config/stor-config.js';
import { lockDataDir } from './data-dir-lock.js';

describe('one STOR process per embedded database', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'stor-lock-'));

  test('the first process takes the lock and gives it back', () => {
    const dataDir = dir();
    const release = lockDataDir(dataDir);
    expect(readFileSync(join(dataDir, 'stor.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(() => lockDataDir(dataDir)()).not.toThrow();
  });

  test('a second process is refused while the first is alive', () => {
    const dataDir = dir();
    writeFileSync(join(dataDir, 'stor.pid'), String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(ConfigError);
    expect(() => lockDataDir(dataDir)).toThrow(/Another STOR process/);
  });

  test('a lock left by a process that died is taken over', () => {
    const dataDir = dir();
    writeFileSync(join(dataDir, 'stor.pid'), '2147483646');
    const release = lockDataDir(dataDir);
    expect(readFileSync(join(dataDir, 'stor.pid'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
