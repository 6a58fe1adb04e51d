export { createApp } from './bootstrap.js';
export type { StorRuntime } from './runtime/stor-runtime.js';
