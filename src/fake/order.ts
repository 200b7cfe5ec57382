import type { Faker } from '@faker-js/faker';
import type { Address, OrderDelivery, OrderPost, OrderProduct } from '../generated/types.js';
import { CARRIERS, dutchPostalCode } from './carriers.js';
import { seededFaker } from './seeded-faker.js';

export type ProductKind = 'composed' | 'configured' | 'uploader';

export interface BuildOrderOptions {
  id?: string | undefined;
  reference?: string | undefined;
  /** Left out when not given: a built order never makes the mock call a real host. */
  callbackUrls?: string[] | undefined;
  /** Default: chosen by the seed. */
  product?: ProductKind | undefined;
  orderType?: 'production' | 'test' | undefined;
}

// Print products with plausible Probo-style codes (invented; Probo's catalogue is per customer).
const PRODUCTS = [
  { code: 'banner-510', name: 'Banner 510' },
  { code: 'banner-610', name: 'Banner 610' },
  { code: 'poster-150gr', name: 'Poster' },
  { code: 'flag-knitted', name: 'Flag' },
  { code: 'sticker-vinyl', name: 'Sticker' },
  { code: 'canvas-380gr', name: 'Canvas' },
] as const;

/** A European address: mostly Dutch ("1234 AB"), some Belgian and German postal formats. */
function address(faker: Faker): Address {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const country = faker.helpers.weightedArrayElement([
    { weight: 8, value: 'NL' },
    { weight: 1, value: 'BE' },
    { weight: 1, value: 'DE' },
  ]);
  const postalCode =
    country === 'NL'
      ? dutchPostalCode(faker)
      : String(
          faker.number.int({
            min: country === 'BE' ? 1000 : 10000,
            max: country === 'BE' ? 9999 : 99999,
          }),
        );
  const result: Address = {
    first_name: firstName,
    last_name: lastName,
    street: faker.location.street(),
    house_number: String(faker.number.int({ min: 1, max: 250 })),
    postal_code: postalCode,
    city: faker.location.city(),
    country,
    phone: faker.phone.number(),
    email: faker.internet.email({ firstName, lastName, provider: 'example.nl' }).toLowerCase(),
  };
  if (faker.datatype.boolean(0.3)) result.company_name = faker.company.name();
  if (faker.datatype.boolean(0.2))
    result.addition = faker.helpers.arrayElement(['A', 'B', 'bis', '2']);
  return result;
}

function product(faker: Faker, kind: ProductKind, customer: string): OrderProduct {
  const chosen = faker.helpers.arrayElement(PRODUCTS);
  const options = [
    { code: 'width', value: faker.number.int({ min: 2, max: 60 }) * 10 },
    { code: 'height', value: faker.number.int({ min: 2, max: 30 }) * 10 },
    { code: 'amount', value: faker.number.int({ min: 1, max: 25 }) },
  ];
  const reference = `${chosen.name} for customer ${customer}`;
  const file = { uri: `https://files.shop.example/print/${faker.string.alphanumeric(12)}.pdf` };
  switch (kind) {
    case 'composed':
      return {
        customer_code: `${chosen.code}-${faker.string.numeric(4)}`,
        options,
        reference,
        files: [file],
      };
    case 'configured':
      return { code: chosen.code, options, reference, files: [file] };
    case 'uploader':
      return { code: chosen.code, options, reference, uploader: true };
  }
}

/** A realistic Dutch/European `POST /order` body that validates; same seed, same bytes. */
export function buildOrder(seed: number, options: BuildOrderOptions = {}): OrderPost {
  const faker = seededFaker('order', seed);
  const delivery = address(faker);
  const kind =
    options.product ?? faker.helpers.arrayElement(['composed', 'configured', 'uploader'] as const);
  const item = product(faker, kind, delivery.last_name ?? delivery.first_name ?? '');
  const deliveries: OrderDelivery[] = [
    {
      address: delivery,
      shipping_method_preset: faker.helpers.arrayElement(['cheapest', 'fastest'] as const),
      delivery_date_preset: faker.helpers.arrayElement(['cheapest', 'fastest'] as const),
      ...(faker.datatype.boolean(0.3)
        ? { carrier_code: faker.helpers.arrayElement(CARRIERS) }
        : {}),
    },
  ];
  const id = options.id ?? `weborder_${faker.string.numeric(6)}`;
  return {
    id,
    reference: options.reference ?? String(item.reference),
    order_type: options.orderType ?? 'production',
    contact_email: `orders@${faker.internet.domainWord()}.example.nl`,
    ...(options.callbackUrls !== undefined ? { callback_urls: options.callbackUrls } : {}),
    deliveries,
    products: [item],
  };
}
