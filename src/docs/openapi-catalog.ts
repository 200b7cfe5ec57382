import { CATALOG_ENDPOINTS, type EndpointDoc } from './endpoints.js';

type Json = { [key: string]: unknown };

/**
 * The OpenAPI path items of the catalog and uploader endpoints. `body(schemaPath, description)`
 * is a JSON body by component name; `errors` the shared error answers; `refusal(when)` one more
 * error answer in Probo's shape; `requestBody(endpoint)` its request body with its examples.
 */
export function catalogPaths(
  body: (schemaPath: string, description: string) => Json,
  errors: Json,
  refusal: (description: string) => Json,
  requestBody: (endpoint: EndpointDoc) => Json,
): Json {
  const paths: Json = {};
  for (const e of CATALOG_ENDPOINTS) {
    const operation: Json = {
      operationId: e.operationId,
      summary: e.summary,
      description: `${e.description}\n\nProvenance: ${e.provenance}. Any call answers a fault instead when it carries \`X-Probo-Mock-Answer\` (500, 503, 429, timeout, reset, slow=MS) or matches a \`POST /__mock/faults\` rule (invented).`,
      tags: [
        e.path.startsWith('/uploader') || e.path.includes('uploader') ? 'uploader' : 'catalog',
      ],
      'x-provenance': e.provenance,
      parameters: [
        ...(e.params ?? []).map((p) => ({
          name: p.name,
          in: p.in,
          required: p.in === 'path',
          description: p.description,
          schema: { type: p.type },
          ...(p.example !== undefined ? { example: p.example } : {}),
        })),
        {
          name: 'X-Probo-Mock-Answer',
          in: 'header',
          required: false,
          description:
            'Answer this call with a fault: 500, 503, 429, timeout, reset or slow=MS (invented).',
          schema: { type: 'string', pattern: '^(500|503|429|timeout|reset|slow=[0-9]{1,6})$' },
        },
      ],
      responses: {
        [String(e.success ?? 200)]: e.answer
          ? body(e.answer, 'Success.')
          : {
              description:
                'The session page (HTML), or its JSON view with `Accept: application/json` (invented).',
            },
        ...errors,
        ...Object.fromEntries(
          Object.entries(e.refusals ?? {}).map(([status, when]) => [status, refusal(when)]),
        ),
      },
    };
    if (e.request) operation.requestBody = { ...requestBody(e), required: true };
    if (!e.auth) operation.security = [];
    const item = (paths[e.path] as Json | undefined) ?? {};
    item[e.method.toLowerCase()] = operation;
    paths[e.path] = item;
  }
  return paths;
}
