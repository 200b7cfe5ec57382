export const CARRIERS = ['dhl', 'postnl', 'dpd', 'ups'] as const;
export type Carrier = (typeof CARRIERS)[number];

/** The few faker calls the carrier formats use (a faker instance is one); keeps faker's types private. */
export interface CarrierFaker {
  string: {
    numeric(length: number): string;
    alpha(options: { length: number; casing: 'upper' }): string;
    alphanumeric(options: { length: number; casing: 'upper' }): string;
  };
  number: { int(options: { min: number; max: number }): number };
}

export interface TrackAndTrace {
  barcode: string;
  trackingUrl: string;
}

/**
 * A barcode and tracking URL in the carrier's public format (invented values; the DHL shape is the
 * one of the guide's example). `postalCode` is a Dutch code like "9999 AA".
 */
export function trackAndTrace(
  faker: CarrierFaker,
  carrier: Carrier,
  postalCode: string,
): TrackAndTrace {
  const compactPostal = postalCode.replace(' ', '');
  switch (carrier) {
    case 'dhl': {
      const barcode = `JVGL${faker.string.numeric(14)}`;
      const url = `https://my.dhlparcel.nl/home/tracktrace/${barcode}/${postalCode.replace(' ', '+')}?lang=nl_NL`;
      return { barcode, trackingUrl: url };
    }
    case 'postnl': {
      const barcode = `3S${faker.string.alpha({ length: 4, casing: 'upper' })}${faker.string.numeric(9)}`;
      const url = `https://jouw.postnl.nl/track-and-trace/${barcode}-NL-${compactPostal}`;
      return { barcode, trackingUrl: url };
    }
    case 'dpd': {
      const barcode = `0${faker.string.numeric(13)}`;
      return { barcode, trackingUrl: `https://tracking.dpd.de/status/nl_NL/parcel/${barcode}` };
    }
    case 'ups': {
      const barcode = `1Z${faker.string.alphanumeric({ length: 16, casing: 'upper' })}`;
      return { barcode, trackingUrl: `https://www.ups.com/track?loc=nl_NL&tracknum=${barcode}` };
    }
  }
}

/** A Dutch postal code: four digits (no leading zero) and two capitals, "1234 AB". */
export function dutchPostalCode(faker: CarrierFaker): string {
  const digits = faker.number.int({ min: 1000, max: 9999 });
  return `${digits} ${faker.string.alpha({ length: 2, casing: 'upper' })}`;
}
