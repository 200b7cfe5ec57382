import Boom from '@hapi/boom';
import { describe, expect, it } from 'vitest';
import { checkAuthorization } from '../../src/mock/http/auth.js';
import { boomError, ERROR_STATUS, proboError } from '../../src/mock/http/probo-error.js';
import { resolveMockOptions } from '../../src/mock/engine/options.js';
import { RateLimiter, rateLimitHeaders } from '../../src/mock/http/rate-limiter.js';
import { chooseScenario } from '../../src/mock/engine/scenario-choice.js';
import { parsePushRequest } from '../../src/mock/engine/push-request.js';
import { shopOrder } from '../support/mock-orders.js';

describe('authorization', () => {
  it('accepts Bearer and Basic with any token, and only the pinned key when one is set', () => {
    expect(checkAuthorization('Bearer abc', undefined)).toEqual({ ok: true, token: 'abc' });
    expect(checkAuthorization('basic dXNlcg==', undefined)).toEqual({
      ok: true,
      token: 'dXNlcg==',
    });
    expect(checkAuthorization('Bearer abc', ['key'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Invalid API key/),
    });
    expect(checkAuthorization('Basic key', ['key'])).toMatchObject({ ok: true });
  });

  it('accepts the pinned key in the standard Basic form that curl -u KEY: sends', () => {
    const curl = `Basic ${Buffer.from('key:').toString('base64')}`;
    expect(checkAuthorization(curl, ['key'])).toEqual({ ok: true, token: 'key' });
    const other = `Basic ${Buffer.from('other:').toString('base64')}`;
    expect(checkAuthorization(other, ['key']).ok).toBe(false);
  });

  it('says in a refusal which forms are accepted', () => {
    for (const header of [undefined, 'Digest abc', 'Bearer nope']) {
      const result = checkAuthorization(header, ['key']);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain('Bearer <api key>');
        expect(result.message).toContain('Basic <api key>');
        expect(result.message).toContain('curl -u <api key>:');
      }
    }
  });

  it('refuses a missing header, an empty token and another scheme', () => {
    for (const header of [undefined, '', 'Bearer ', 'Digest abc'])
      expect(checkAuthorization(header, undefined).ok).toBe(false);
  });
});

describe('rate limiter', () => {
  it('allows the limit per token per window, then refuses until the window starts over', () => {
    let now = 1_000;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(
      [limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => [
        d.allowed,
        d.remaining,
      ]),
    ).toEqual([
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(limiter.take('b').allowed).toBe(true);
    now += 30_000;
    expect(limiter.take('a').resetMs).toBe(30_000);
    now += 30_000;
    expect(limiter.take('a')).toMatchObject({ allowed: true, remaining: 1, resetMs: 60_000 });
  });

  it('says so in the documented headers', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 300, remaining: 12, resetMs: 999 })).toEqual({
      'x-ratelimit-limits': '300',
      'x-ratelimit-remaining': '12',
      'x-ratelimit-reset': '999',
    });
  });
});

describe('scenario choice', () => {
  const order = shopOrder({
    id: 'o',
    fileUris: ['https://f.example/a.pdf', 'https://f.example/REJECT.pdf'],
    orderType: 'test',
  });

  it('prefers the header, then a repeated id, then a rejected file, then a test order, then the default', () => {
    expect(chooseScenario(order, 'returned', true, 'happy-path')).toEqual({
      name: 'returned',
      reason: 'header',
    });
    expect(chooseScenario(order, undefined, true, 'happy-path')).toMatchObject({
      name: 'duplicate-order',
    });
    expect(chooseScenario(order, undefined, false, 'happy-path')).toEqual({
      name: 'file-rejected',
      reason: 'rejected-file',
      fileId: 2,
    });
    expect(
      chooseScenario(shopOrder({ id: 'o', orderType: 'test' }), undefined, false, 'happy-path')
        .name,
    ).toBe('test-order');
    expect(chooseScenario(shopOrder({ id: 'o' }), undefined, false, 'carrier-trouble')).toEqual({
      name: 'carrier-trouble',
      reason: 'default',
    });
  });
});

describe('mock options', () => {
  it('fills in the defaults', () => {
    expect(resolveMockOptions({})).toMatchObject({
      scenario: 'happy-path',
      rateLimit: 300,
      retries: 3,
      timeoutMs: 10_000,
      manual: false,
    });
  });

  it('names every bad option at once', () => {
    const error = (() => {
      try {
        resolveMockOptions({ retries: -1, stepDelayMs: 1.5, scenario: '' });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(error).toContain('retries must be an integer of 0 or more (got -1)');
    expect(error).toContain('stepDelayMs must be an integer of 0 or more (got 1.5)');
    expect(error).toContain('scenario must be a non-empty string');
  });
});

describe('push request', () => {
  it('reads status, variant, packages and patch, and refuses bad ones with the field named', () => {
    expect(
      parsePushRequest({ status: 'not_accepted', variant: 'duplicate-order', patch: { a: 1 } }),
    ).toEqual({
      status: 'not_accepted',
      variant: 'duplicate-order',
      patch: { a: 1 },
    });
    expect(() => parsePushRequest({ status: 'shipped' })).toThrow(
      /\/status must be a Probo status/,
    );
    expect(() => parsePushRequest({ status: 'queued', packages: 0 })).toThrow(/\/packages/);
    expect(() => parsePushRequest({ status: 'queued', patch: [1] })).toThrow(/\/patch/);
    expect(() => parsePushRequest(null)).toThrow(/JSON object/);
  });
});

describe('hapi errors in our shape', () => {
  it('names a body over the limit, a body that did not arrive in time and a wrong media type', () => {
    const limit = 1024;
    expect(boomError(Boom.entityTooLarge('too big'), limit)).toEqual({
      status: 413,
      body: {
        status: 'error',
        message: 'The request body is larger than 1024 bytes',
        reason: 'payload_too_large',
      },
    });
    expect(boomError(Boom.clientTimeout('Payload timeout'), limit)).toEqual({
      status: 408,
      body: {
        status: 'error',
        message: 'The request body did not arrive in time',
        reason: 'payload_timeout',
      },
    });
    expect(boomError(Boom.unsupportedMediaType(), limit)).toMatchObject({
      status: 415,
      body: { status: 'error', reason: 'unsupported_media_type' },
    });
  });

  it('never tells internals in a 5xx', () => {
    const crash = boomError(Boom.badImplementation('db password is hunter2'), 1024);
    expect(crash.status).toBe(500);
    expect(JSON.stringify(crash.body)).not.toContain('hunter2');
  });
});

describe('the one error mapping', () => {
  it("maps a code to its status and a body in Probo's shape, with our pointer list", () => {
    expect(
      proboError('invalid_order', 'The order has 1 problem', [{ pointer: '/id', message: 'x' }]),
    ).toEqual({
      status: 400,
      body: {
        status: 'error',
        message: 'The order has 1 problem',
        reason: 'invalid_order',
        errors: [{ pointer: '/id', message: 'x' }],
      },
    });
  });

  it("keeps Probo's own fields of cancel and release refusals (the id)", () => {
    expect(
      proboError('order_does_not_exist', 'Order does not exist', undefined, { id: 7 }),
    ).toEqual({
      status: 400,
      body: {
        status: 'error',
        message: 'Order does not exist',
        id: 7,
        reason: 'order_does_not_exist',
      },
    });
  });

  it('takes a bare HTTP status too, for routes of other modules', () => {
    expect(proboError(404, 'No such product')).toMatchObject({
      status: 404,
      body: { status: 'error', reason: 'not_found' },
    });
  });

  it('gives every code a 4xx or 5xx status', () => {
    for (const status of Object.values(ERROR_STATUS)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
  });
});
