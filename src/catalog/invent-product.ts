import type { CatalogOption, CatalogProduct } from '../generated/types.js';
import { hashString, mulberry32, shuffleAwayFromOrder } from '../shared/seeded-random.js';

/** Whether `code` may be invented: 2 to 200 characters, none of them a control character. */
export function inventable(code: string): boolean {
  if (code.length < 2 || code.length > 200) return false;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return true;
}

/** The text every invented product and its answers carry, so nobody mistakes it for Probo's. */
export function inventedNote(code: string): string {
  return `Invented by probo-mock for the unknown product code "${code}" (not Probo's product; serve --strict-catalog refuses unknown codes).`;
}

const text = (nl: string, en: string, de: string) => ({
  nl: { name: nl },
  en: { name: en },
  de: { name: de },
});

const input = (
  code: 'width' | 'height' | 'amount',
  min: number,
  max: number,
  names: [string, string, string],
  extra: Partial<CatalogOption> = {},
): CatalogOption => ({
  code,
  type_code: code,
  translations: text(...names),
  min_value: min,
  max_value: max,
  step_size: 1,
  scale: 0,
  ...extra,
});

const FINISHES: Array<[string, [string, string, string]]> = [
  ['cut-to-size', ['Op maat gesneden', 'Cut to size', 'Auf Maß geschnitten']],
  ['hem-eyelets', ['Zoom met ringen', 'Hem with eyelets', 'Saum mit Ösen']],
  ['contour-cut', ['Contour gesneden', 'Contour cut', 'Konturschnitt']],
  ['drill-holes', ['Gaten in de hoeken', 'Holes in the corners', 'Bohrlöcher in den Ecken']],
  ['laminate-matt', ['Matte laminaat', 'Matt laminate', 'Matte Laminierung']],
];

/** "banner-510" → "Banner 510". */
function titleOf(code: string): string {
  const words = code.split(/[-_.\s]+/).filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || code;
}

/**
 * A plausible product for a code the catalog does not know (invented, deterministic: the same
 * code gives the same product): sold per m² with a size, an amount and a finishing choice, or per
 * piece with an amount and a variant choice. Its texts say it is invented.
 */
export function inventProduct(code: string): CatalogProduct {
  const random = mulberry32(hashString(code));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const perPiece = random() < 0.3;
  const title = titleOf(code);
  const note = inventedNote(code);
  const amount: CatalogOption = {
    code: 'amount',
    type_code: 'parent_amount',
    translations: text('Aantal', 'Quantity', 'Anzahl'),
    children: [input('amount', 1, 10_000, ['Aantal', 'Amount', 'Anzahl'], { default_value: 1 })],
  };
  const choices = shuffleAwayFromOrder(FINISHES, random)
    .slice(0, 2 + Math.floor(random() * 3))
    .map(([choice, names], i): CatalogOption => ({
      code: choice,
      type_code: 'radio',
      translations: text(...names),
      ...(i === 0 ? {} : { price: Math.round(random() * 400) / 100 }),
    }));
  const finishing: CatalogOption = {
    code: perPiece ? 'variant' : 'finishing',
    type_code: 'parent',
    translations: perPiece
      ? text('Uitvoering', 'Variant', 'Ausführung')
      : text('Afwerking', 'Finishing', 'Veredelung'),
    children: choices,
  };
  const max = pick([300, 500, 1000]);
  const size: CatalogOption = {
    code: 'size',
    type_code: 'parent_size',
    translations: text('Afmeting', 'Size', 'Größe'),
    children: [
      input('width', 10, max, ['Breedte (cm)', 'Width (cm)', 'Breite (cm)'], { reversible: true }),
      input('height', 10, max, ['Hoogte (cm)', 'Height (cm)', 'Höhe (cm)'], { reversible: true }),
    ],
  };
  return {
    code,
    article_group_name: 'Invented',
    unit_code: perPiece ? 3 : 1,
    translations: {
      nl: { title, description: note },
      en: { title, description: note },
      de: { title, description: note },
    },
    base_price: perPiece
      ? 5 + Math.round(random() * 4000) / 100
      : 4 + Math.round(random() * 1600) / 100,
    minimum_price: perPiece ? 5 : 10,
    options: perPiece ? [amount, finishing] : [size, amount, finishing],
    created_at: '2024-01-01T00:00:00+0000',
    updated_at: '2024-01-01T00:00:00+0000',
  };
}
