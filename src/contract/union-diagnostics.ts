import type { ErrorObject } from 'ajv';

/**
 * Ajv's errors for the order API's alternatives (a delivery's six date/method pairs, a product's
 * code or customer_code, a status request's selectors) are one error per failed branch plus
 * "must match exactly one schema in oneOf". This rewrites them, per JSON pointer, into the one
 * sentence a shop developer can act on, before they become diagnostics.
 */

const DATES = ['delivery_date', 'delivery_date_preset', 'shipping_date'];
const METHODS = ['shipping_method_code', 'shipping_method_preset'];

/** The one message of a delivery that fits none of the six alternatives. */
const DELIVERY_ALTERNATIVES_MESSAGE = `a delivery needs one of ${DATES.join(', ')} and one of ${METHODS.join(', ')}`;

interface Union {
  /** Short schema names (`api/order-post`) whose validation this rule applies to. */
  schemas: readonly string[];
  /** The instance path of the object with the alternatives. */
  at: RegExp;
  keyword: 'oneOf' | 'anyOf';
  /** The message; `passing` are the branch indexes that matched (oneOf: more than one). */
  message: (passing: readonly number[] | null) => string;
  /**
   * Alternatives by type (a list or a string): when the value is of one branch's type (that branch
   * reports deeper errors), the other branch's type error is noise and only it is dropped.
   */
  byType?: true;
}

const UNIONS: readonly Union[] = [
  {
    schemas: ['api/order-post'],
    at: /^\/deliveries\/\d+$/,
    keyword: 'oneOf',
    message: (passing) =>
      passing && passing.length > 1
        ? `a delivery takes exactly one of ${DATES.join(', ')} and exactly one of ${METHODS.join(', ')}; this one has more`
        : DELIVERY_ALTERNATIVES_MESSAGE,
  },
  {
    schemas: ['api/order-post'],
    at: /^\/products\/\d+$/,
    keyword: 'oneOf',
    message: (passing) =>
      passing && passing.length > 1
        ? 'a product has either code (configured) or customer_code (composed), not both'
        : 'a product needs code (a configured product) or customer_code (a composed product)',
  },
  {
    schemas: ['api/order-post'],
    at: /^\/callback_urls$/,
    keyword: 'anyOf',
    message: () => 'must be a list of http(s) URLs',
    byType: true,
  },
  {
    schemas: ['api/order-status-request'],
    at: /^\/orders\/\d+$/,
    keyword: 'anyOf',
    message: () => 'an order needs one of id, supplier_order_number, reference',
  },
  {
    schemas: ['api/order-cancel-request', 'api/order-release-request'],
    at: /^$/,
    keyword: 'anyOf',
    message: () => 'the body needs id or supplier_order_number',
  },
];

const ARTICLE: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** The errors of one validation, with the alternatives above collapsed and some texts clearer. */
export function collapseUnions(schema: string, errors: readonly ErrorObject[]): ErrorObject[] {
  const collapsed: Array<{ error: ErrorObject; union: Union }> = [];
  const typeNoise: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') continue;
    const union = UNIONS.find(
      (u) =>
        u.keyword === error.keyword && u.schemas.includes(schema) && u.at.test(error.instancePath),
    );
    if (!union) continue;
    const deeper = errors.some(
      (e) =>
        e.schemaPath.startsWith(`${error.schemaPath}/`) &&
        e.instancePath.startsWith(`${error.instancePath}/`),
    );
    // The value has one branch's type: its own errors say what is wrong, not the other branch's.
    if (union.byType && deeper) typeNoise.push(error);
    else collapsed.push({ error, union });
  }
  const out: ErrorObject[] = [];
  for (const error of errors) {
    const owner = collapsed.find(({ error: u }) => u === error);
    if (owner) {
      const passing = (error.params as { passingSchemas?: number[] | null }).passingSchemas ?? null;
      out.push({ ...error, keyword: 'alternatives', message: owner.union.message(passing) });
      continue;
    }
    // A branch of a collapsed union, or "must have at least 1 property" of the same object.
    const branch = collapsed.some(
      ({ error: u }) =>
        error.instancePath === u.instancePath &&
        (error.schemaPath.startsWith(`${u.schemaPath}/`) || error.keyword === 'minProperties'),
    );
    if (branch) continue;
    const noise = typeNoise.some(
      (u) =>
        error.keyword === 'type' &&
        error.instancePath === u.instancePath &&
        error.schemaPath.startsWith(`${u.schemaPath}/`),
    );
    if (noise) continue;
    out.push(clearer(error));
  }
  return out;
}

function clearer(error: ErrorObject): ErrorObject {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'type') {
    const types = String(params.type).split(',');
    return { ...error, message: `must be ${types.map((t) => ARTICLE[t] ?? t).join(' or ')}` };
  }
  // The key the old docs and shops use for the sender; the specification's is sender_address.
  if (
    error.keyword === 'additionalProperties' &&
    params.additionalProperty === 'sender' &&
    /^\/deliveries\/\d+$/.test(error.instancePath)
  ) {
    return {
      ...error,
      keyword: 'nearMiss',
      instancePath: `${error.instancePath}/sender`,
      message: 'is not allowed here: the sender goes in sender_address',
    };
  }
  if (error.keyword === 'dependentRequired') {
    // Said of the key that needs the other, not of the object.
    return {
      ...error,
      instancePath: `${error.instancePath}/${String(params.property)}`,
      message: `is only allowed together with ${String(params.missingProperty)}`,
    };
  }
  return error;
}
