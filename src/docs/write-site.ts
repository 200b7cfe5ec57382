import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSite, type Site } from './build-site.js';
import type { SiteSources } from './site-data.js';

export interface WriteSiteResult {
  dir: string;
  files: number;
}

/** Writes the docs site into `outDir` (created if missing; existing files are overwritten). */
export async function writeSite(
  outDir: string,
  sources: SiteSources = {},
): Promise<WriteSiteResult> {
  const site: Site = await buildSite(sources);
  const dir = resolve(outDir);
  for (const [path, content] of site) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { dir, files: site.size };
}
