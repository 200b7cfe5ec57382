/* eslint-disable */
// @ts-nocheck -- Ajv standalone output: plain JavaScript, typed by the export below.
/**
 * Validators generated from schemas/, do not edit.
 * Run `npm run generate` after changing a schema (Ajv standalone code, one file per schema).
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

// Each validator is a CommonJS file (Ajv reaches its runtime helpers with require()), required
// synchronously the first time it is used.
const require = createRequire(import.meta.url);

const FILES: ReadonlyArray<readonly [string, string]> = [
  ["https://probo-mock.dev/schemas/api/apiproduct-request.schema.json", "api_apiproduct_request"],
  ["https://probo-mock.dev/schemas/api/apiproduct-response.schema.json", "api_apiproduct_response"],
  ["https://probo-mock.dev/schemas/api/apiproduct-stored-response.schema.json", "api_apiproduct_stored_response"],
  ["https://probo-mock.dev/schemas/api/apiproducts-response.schema.json", "api_apiproducts_response"],
  ["https://probo-mock.dev/schemas/api/configure-request.schema.json", "api_configure_request"],
  ["https://probo-mock.dev/schemas/api/configure-response.schema.json", "api_configure_response"],
  ["https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json", "api_delivery_price_figures"],
  ["https://probo-mock.dev/schemas/api/error-answer.schema.json", "api_error_answer"],
  ["https://probo-mock.dev/schemas/api/fault-rule.schema.json", "api_fault_rule"],
  ["https://probo-mock.dev/schemas/api/order-address.schema.json", "api_order_address"],
  ["https://probo-mock.dev/schemas/api/order-answer.schema.json", "api_order_answer"],
  ["https://probo-mock.dev/schemas/api/order-cancel-answer.schema.json", "api_order_cancel_answer"],
  ["https://probo-mock.dev/schemas/api/order-cancel-request.schema.json", "api_order_cancel_request"],
  ["https://probo-mock.dev/schemas/api/order-delivery.schema.json", "api_order_delivery"],
  ["https://probo-mock.dev/schemas/api/order-file.schema.json", "api_order_file"],
  ["https://probo-mock.dev/schemas/api/order-option.schema.json", "api_order_option"],
  ["https://probo-mock.dev/schemas/api/order-post.schema.json", "api_order_post"],
  ["https://probo-mock.dev/schemas/api/order-product.schema.json", "api_order_product"],
  ["https://probo-mock.dev/schemas/api/order-release-answer.schema.json", "api_order_release_answer"],
  ["https://probo-mock.dev/schemas/api/order-release-request.schema.json", "api_order_release_request"],
  ["https://probo-mock.dev/schemas/api/order-selector.schema.json", "api_order_selector"],
  ["https://probo-mock.dev/schemas/api/order-sender-address.schema.json", "api_order_sender_address"],
  ["https://probo-mock.dev/schemas/api/order-status-answer.schema.json", "api_order_status_answer"],
  ["https://probo-mock.dev/schemas/api/order-status-request.schema.json", "api_order_status_request"],
  ["https://probo-mock.dev/schemas/api/order-uploader.schema.json", "api_order_uploader"],
  ["https://probo-mock.dev/schemas/api/orders-response.schema.json", "api_orders_response"],
  ["https://probo-mock.dev/schemas/api/price-figures.schema.json", "api_price_figures"],
  ["https://probo-mock.dev/schemas/api/price-request.schema.json", "api_price_request"],
  ["https://probo-mock.dev/schemas/api/price-response.schema.json", "api_price_response"],
  ["https://probo-mock.dev/schemas/api/product-option-node.schema.json", "api_product_option_node"],
  ["https://probo-mock.dev/schemas/api/product-response.schema.json", "api_product_response"],
  ["https://probo-mock.dev/schemas/api/products-response.schema.json", "api_products_response"],
  ["https://probo-mock.dev/schemas/api/rate-limit-answer.schema.json", "api_rate_limit_answer"],
  ["https://probo-mock.dev/schemas/api/shipping-methods-response.schema.json", "api_shipping_methods_response"],
  ["https://probo-mock.dev/schemas/api/uploader-callback.schema.json", "api_uploader_callback"],
  ["https://probo-mock.dev/schemas/api/uploader-confirm-request.schema.json", "api_uploader_confirm_request"],
  ["https://probo-mock.dev/schemas/api/uploader-create-request.schema.json", "api_uploader_create_request"],
  ["https://probo-mock.dev/schemas/api/uploader-create-response.schema.json", "api_uploader_create_response"],
  ["https://probo-mock.dev/schemas/api/uploader-session.schema.json", "api_uploader_session"],
  ["https://probo-mock.dev/schemas/callbacks/accepted.schema.json", "callbacks_accepted"],
  ["https://probo-mock.dev/schemas/callbacks/callback.schema.json", "callbacks_callback"],
  ["https://probo-mock.dev/schemas/callbacks/canceled.schema.json", "callbacks_canceled"],
  ["https://probo-mock.dev/schemas/callbacks/in-production.schema.json", "callbacks_in_production"],
  ["https://probo-mock.dev/schemas/callbacks/logistics.schema.json", "callbacks_logistics"],
  ["https://probo-mock.dev/schemas/callbacks/not-accepted-duplicate-order.schema.json", "callbacks_not_accepted_duplicate_order"],
  ["https://probo-mock.dev/schemas/callbacks/not-accepted-file-rejected.schema.json", "callbacks_not_accepted_file_rejected"],
  ["https://probo-mock.dev/schemas/callbacks/queued.schema.json", "callbacks_queued"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json", "callbacks_shipment_available_at_pickup_point"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-created.schema.json", "callbacks_shipment_created"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-delayed.schema.json", "callbacks_shipment_delayed"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-delivered.schema.json", "callbacks_shipment_delivered"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-exception.schema.json", "callbacks_shipment_exception"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-in-transit.schema.json", "callbacks_shipment_in_transit"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-not-at-home.schema.json", "callbacks_shipment_not_at_home"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-picked-up.schema.json", "callbacks_shipment_picked_up"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-returned.schema.json", "callbacks_shipment_returned"],
  ["https://probo-mock.dev/schemas/callbacks/shipment-scanned-by-carrier.schema.json", "callbacks_shipment_scanned_by_carrier"],
  ["https://probo-mock.dev/schemas/catalog/catalog.schema.json", "catalog_catalog"],
  ["https://probo-mock.dev/schemas/common/file-reference.schema.json", "common_file_reference"],
  ["https://probo-mock.dev/schemas/common/order-reference.schema.json", "common_order_reference"],
  ["https://probo-mock.dev/schemas/common/shipped-package.schema.json", "common_shipped_package"],
  ["https://probo-mock.dev/schemas/common/status.schema.json", "common_status"],
  ["https://probo-mock.dev/schemas/scenario.schema.json", "scenario"],
];

/** Every schema's validator by its `$id`, each loaded on first use. */
export const validators: Readonly<Record<string, ValidateFunction>> = Object.defineProperties(
  {},
  Object.fromEntries(
    FILES.map(([id, name]) => {
      let loaded: ValidateFunction | undefined;
      const get = (): ValidateFunction =>
        (loaded ??= require(`./validators/${name}.cjs`).validate);
      return [id, { enumerable: true, get }];
    }),
  ),
);
