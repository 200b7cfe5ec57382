import { isProboStatus, NOT_ACCEPTED_VARIANTS } from '../../contract/index.js';
import type { NotAcceptedVariant, ProboStatus } from '../../contract/index.js';
import { patchProblem } from '../../scenarios/merge-patch.js';
import { MockDomainError } from './domain-error.js';

/** A status to push by hand (admin API): built for the order, optionally merge-patched. */
export interface PushRequest {
  status: ProboStatus;
  variant?: NotAcceptedVariant;
  fileId?: number;
  packages?: number;
  patch?: Record<string, unknown>;
}

/** Reads the body of `POST /__mock/orders/{id}/push`; a MockDomainError says what is wrong. */
export function parsePushRequest(body: unknown): PushRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new MockDomainError('invalid_push', 'Send a JSON object like {"status": "accepted"}');
  }
  const b = body as Record<string, unknown>;
  if (!isProboStatus(b.status)) {
    throw new MockDomainError(
      'invalid_push',
      `/status must be a Probo status (got ${JSON.stringify(b.status)})`,
    );
  }
  const out: PushRequest = { status: b.status };
  if (b.variant !== undefined) {
    if (!(NOT_ACCEPTED_VARIANTS as readonly unknown[]).includes(b.variant)) {
      throw new MockDomainError(
        'invalid_push',
        `/variant must be one of ${NOT_ACCEPTED_VARIANTS.join(', ')}`,
      );
    }
    out.variant = b.variant as NotAcceptedVariant;
  }
  for (const name of ['fileId', 'packages'] as const) {
    const value = b[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 20) {
      throw new MockDomainError('invalid_push', `/${name} must be an integer from 1 to 20`);
    }
    out[name] = value;
  }
  if (b.patch !== undefined) {
    const problem = patchProblem(b.patch, '/patch');
    if (problem !== undefined) throw new MockDomainError('invalid_push', problem);
    out.patch = b.patch as Record<string, unknown>;
  }
  return out;
}
