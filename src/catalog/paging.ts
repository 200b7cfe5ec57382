import { queryError } from './problem.js';
import type { CatalogProblem } from './problem.js';

export interface Page {
  page: number;
  per_page: number;
}

/** Most items a page may hold (invented: Probo publishes no maximum). */
export const MAX_PER_PAGE = 100;

/** `page` and `per_page` from query strings (minimum 1, documented), or a CatalogError naming them. */
export function readPage(query: Record<string, string | undefined>, defaultPerPage: number): Page {
  const problems: CatalogProblem[] = [];
  const int = (name: string, fallback: number, max: number): number => {
    const raw = query[name];
    if (raw === undefined || raw === '') return fallback;
    const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= 1 && n <= max)) {
      problems.push({
        pointer: `?${name}`,
        message: `${name} must be a whole number from 1 to ${max} (got "${raw}")`,
      });
      return fallback;
    }
    return n;
  };
  const page = {
    page: int('page', 1, 1_000_000),
    per_page: int('per_page', defaultPerPage, MAX_PER_PAGE),
  };
  if (problems.length > 0) throw queryError(problems);
  return page;
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
