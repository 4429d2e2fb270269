export { pb, thresher } from './messages';
export * from './errors';
export * from './addresses';
export * from './convert';
export * from './service-definition';
export * from './client';
export * from './health';
export * from './free-port';
export * from './request-limits';
