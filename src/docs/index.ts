export { buildSite, type Site } from './build-site.js';
export { writeSite, type WriteSiteResult } from './write-site.js';
export { buildOpenApi } from './openapi.js';
export { lifecycleSvg } from './lifecycle-svg.js';
