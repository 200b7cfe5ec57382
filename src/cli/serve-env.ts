import { FlagError } from '../shared/option-spec.js';
import { isHeaderName, splitHeaderLine } from '../shared/header-lines.js';

/**
 * The secrets `serve` also takes from the environment, so that they stay out of `ps` and shell
 * history. A flag, when given, wins over its variable.
 */
export const SECRET_ENV = {
  adminToken: 'PROBO_MOCK_ADMIN_TOKEN',
  apiKey: 'PROBO_MOCK_API_KEY',
  callbackHeaders: 'PROBO_MOCK_CALLBACK_HEADERS',
} as const;

export interface EnvSecrets {
  adminToken?: string;
  apiKey?: string[];
  callbackHeaders?: Record<string, string>;
}

/**
 * Reads `PROBO_MOCK_ADMIN_TOKEN`, `PROBO_MOCK_API_KEY` (comma-separated) and
 * `PROBO_MOCK_CALLBACK_HEADERS` (one `Name: value` a line); an empty or unset variable is none.
 * A bad value throws a FlagError naming the variable and the line, never quoting a secret.
 */
export function secretsFromEnv(env: Readonly<Record<string, string | undefined>>): EnvSecrets {
  const out: EnvSecrets = {};
  const token = env[SECRET_ENV.adminToken]?.trim();
  if (token) out.adminToken = token;
  const keys = env[SECRET_ENV.apiKey];
  if (keys !== undefined && keys.trim() !== '') {
    const list = keys.split(',').map((k) => k.trim());
    if (list.some((k) => k === ''))
      throw new FlagError(
        `${SECRET_ENV.apiKey} must be API keys separated by commas, with no empty one`,
      );
    out.apiKey = list;
  }
  const headers = env[SECRET_ENV.callbackHeaders];
  if (headers !== undefined && headers.trim() !== '') {
    const map: Record<string, string> = {};
    headers.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      const [name, value] = splitHeaderLine(line) ?? ['', ''];
      if (!isHeaderName(name))
        throw new FlagError(
          `${SECRET_ENV.callbackHeaders} line ${i + 1} must look like "Name: value" (one header a line)`,
        );
      map[name.toLowerCase()] = value;
    });
    out.callbackHeaders = map;
  }
  return out;
}
