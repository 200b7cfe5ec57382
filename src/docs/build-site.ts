import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lifecycleSvg } from './lifecycle-svg.js';
import { buildOpenApiFrom } from './openapi.js';
import { endpointPageHtml, endpointsOf } from './pages/endpoint-page.js';
import { endpointsPage, ENDPOINTS_PAGE } from './pages/endpoints-page.js';
import { indexPage } from './pages/index-page.js';
import { scenarioPageHtml } from './pages/scenario-page.js';
import { schemaPage } from './pages/schema-page.js';
import {
  loadSiteData,
  pageFor,
  rawFixturePath,
  rawSchemaPath,
  scenarioPage,
  type SiteSources,
} from './site-data.js';

/** The docs site in memory: path inside the site → file content. `serve` and `docs` share it. */
export type Site = Map<string, string>;

const stylesheet = (): string =>
  readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');

export async function buildSite(sources: SiteSources = {}): Promise<Site> {
  const data = await loadSiteData(sources);
  const site: Site = new Map();
  const openapi = buildOpenApiFrom(data);
  const endpoints = endpointsOf(openapi);
  site.set('index.html', indexPage(data, endpoints));
  site.set('site.css', stylesheet());
  site.set(ENDPOINTS_PAGE, endpointsPage(data));
  site.set(
    'lifecycle.svg',
    lifecycleSvg(() => undefined),
  );
  site.set('openapi.json', `${JSON.stringify(openapi, null, 2)}\n`);
  for (const endpoint of endpoints) site.set(endpoint.page, endpointPageHtml(endpoint, data));
  for (const entry of data.schemas) {
    site.set(pageFor(entry), schemaPage(entry, data));
    site.set(rawSchemaPath(entry), readFileSync(join(data.schemasDir, entry.file), 'utf8'));
  }
  for (const { scenario, file } of data.scenarios) {
    site.set(scenarioPage(scenario.name), scenarioPageHtml(scenario, file, data));
  }
  for (const f of data.fixtures) site.set(rawFixturePath(f.file), f.text);
  return site;
}
