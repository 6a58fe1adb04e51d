// Loaded with `node --import ./bench/pglite-socket/register.mjs …` (or NODE_OPTIONS=--import=…):
// STOR's built data source (dist/libs/platform/src/database/data-source.js) is swapped for
// ./data-source.mjs, which serves embedded PGlite over @electric-sql/pglite-socket to TypeORM's
// `pg` driver. Everything else the process runs is STOR's build, unchanged. See ../pglite-pool-vs-socket.mjs.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
