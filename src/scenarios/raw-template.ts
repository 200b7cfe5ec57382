/** The order values a raw scenario body may name as `{{order.<field>}}`. */
export interface RawTemplateValues {
  id: string;
  reference?: string | undefined;
  supplier_order_number?: number | undefined;
  status_page_url?: string | undefined;
}

const PLACEHOLDER = /\{\{\s*order\.(id|reference|supplier_order_number|status_page_url)\s*\}\}/g;

/**
 * Fills `{{order.id}}` and friends into a raw body. Values are JSON-string-escaped without
 * quotes, so a placeholder inside a JSON string stays valid JSON; an unset value becomes empty.
 */
export function fillRawTemplate(raw: string, values: RawTemplateValues): string {
  return raw.replace(PLACEHOLDER, (_match, field: keyof RawTemplateValues) => {
    const value = values[field];
    if (value === undefined) return '';
    return JSON.stringify(String(value)).slice(1, -1);
  });
}

/** The `status` of a raw body when it is a JSON object with a string status, else `raw`. */
export function rawStatusLabel(body: string): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'status' in parsed) {
      const status = (parsed as { status: unknown }).status;
      if (typeof status === 'string' && status.length > 0) return status;
    }
  } catch {
    // Malformed on purpose: label it raw.
  }
  return 'raw';
}
