export { ProjectorModule, ProjectorRole, type ProjectorSettings } from './projector.module.js';
export { ExpiryClock } from './expiry-clock.js';
