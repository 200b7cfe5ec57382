import { queryError } from './problem.js';
import type { CatalogProblem } from './problem.js';

export interface Page {
  page: number;
  per_page: number;
}

/**
 * Most items a page holds (invented: Probo publishes no maximum, its own configurator asks for
 * 1,000). A larger `per_page` is not refused: it is served as this many, and `meta.per_page`
 * says so.
 */
export const MAX_PER_PAGE = 1000;
/** Highest page number (invented). */
const MAX_PAGE = 1_000_000;

/** `page` and `per_page` from query strings (minimum 1, documented), or a CatalogError naming them. */
export function readPage(query: Record<string, string | undefined>, defaultPerPage: number): Page {
  const problems: CatalogProblem[] = [];
  const int = (name: string, fallback: number): number => {
    const raw = query[name];
    if (raw === undefined || raw === '') return fallback;
    const n = /^\d{1,30}$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= 1)) {
      problems.push({
        pointer: `?${name}`,
        message: `${name} must be a whole number from 1 (got "${raw}")`,
      });
      return fallback;
    }
    return n;
  };
  const page = int('page', 1);
  if (page > MAX_PAGE)
    problems.push({
      pointer: '?page',
      message: `page must be at most ${MAX_PAGE} (got "${query.page}")`,
    });
  const perPage = Math.min(int('per_page', defaultPerPage), MAX_PER_PAGE);
  if (problems.length > 0) throw queryError(problems);
  return { page, per_page: perPage };
}

/** One page of `items` and the documented `meta`. */
export function paged<T>(items: readonly T[], { page, per_page }: Page) {
  return {
    meta: {
      page,
      pages: Math.max(1, Math.ceil(items.length / per_page)),
      items: items.length,
      per_page,
    },
    items: items.slice((page - 1) * per_page, page * per_page),
  };
}

/** A two-letter `language` from the query, or a CatalogError. */
export function readLanguage(raw: string | undefined, pointer = '?language'): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[A-Za-z]{2}$/.test(raw))
    throw queryError([
      { pointer, message: `language must be two letters, ISO 639-1 (got "${raw}")` },
    ]);
  return raw.toLowerCase();
}

/** A `yyyy-mm-dd` date from the query (documented "Match string to yyyy-mm-dd"), or a CatalogError. */
export function readDate(
  query: Record<string, string | undefined>,
  name: string,
): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw)))
    throw queryError([
      { pointer: `?${name}`, message: `${name} must be a date as yyyy-mm-dd (got "${raw}")` },
    ]);
  return raw;
}
