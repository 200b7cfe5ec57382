// Request bodies of the catalog benchmark: a banner as a shop configures and prices it.
export const CONFIGURE_BODY = JSON.stringify({
  language: 'en',
  products: [
    {
      code: 'banner-510',
      options: [
        { code: 'width', value: 200 },
        { code: 'height', value: 100 },
        { code: 'amount', value: 2 },
        { code: 'hem-eyelets-50' },
      ],
    },
  ],
});

export const PRICE_BODY = JSON.stringify({
  language: 'en',
  products: JSON.parse(CONFIGURE_BODY).products,
  deliveries: [
    {
      address: {
        company_name: 'Vos Reclame',
        first_name: 'Anna',
        last_name: 'de Vries',
        street: 'Keizersgracht',
        house_number: '123',
        postal_code: '1015 CJ',
        city: 'Amsterdam',
        country: 'NL',
      },
      shipping_method_preset: 'cheapest',
    },
  ],
});
