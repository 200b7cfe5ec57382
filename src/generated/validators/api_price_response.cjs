/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/price-response.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate60;
const schema86 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/price-response.schema.json","title":"PriceResponse","description":"The answer of `POST /price` (type_5): one entry per delivery option (production hours), with dates, product prices and shipping methods. Prices are invented but deterministic: the same options give the same prices. `calculation_id` follows the docs (changelog DEV-2300 \"add calculation_id to price response\"; the spec lacks it).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","code","message","calculation_id","prices"],"properties":{"status":{"type":"string","description":"\"ok\".","x-provenance":"documented","const":"ok"},"code":{"type":"integer","description":"200.","x-provenance":"documented","const":200},"message":{"type":"string","description":"\"Price calculated\" (the example; the schema example says \"Price Calculated\").","x-provenance":"documented"},"calculation_id":{"type":"integer","description":"Id of this calculation, for the uploader and the order (docs).","x-provenance":"documented"},"prices":{"type":"array","description":"One per delivery option.","x-provenance":"documented","items":{"title":"PriceOption","type":"object","additionalProperties":false,"description":"A delivery option: production speed, dates, prices.","x-provenance":"documented","required":["shipping_date","delivery_date","production_hours","products","deliveries","products_purchase_price","products_purchase_price_incl_vat","products_sales_price","products_sales_price_incl_vat","products_base_price","products_base_price_incl_vat"],"properties":{"shipping_date":{"type":"string","description":"Shipping date, `YYYY-MM-DDT00:00:00+0000` (weekdays; the calendar is invented).","x-provenance":"documented"},"delivery_date":{"type":"string","description":"Earliest delivery date with the fastest listed method.","x-provenance":"documented"},"production_hours":{"type":"integer","description":"Production hours.","x-provenance":"documented"},"products_purchase_price":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_purchase_price_incl_vat":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_sales_price":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_sales_price_incl_vat":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_base_price":{"type":"number","description":"The products' base price (before any discount) of this speed: Probo's configurator (`ProboConnect/product-configurator`) reads `prices[0].products_<priceType>` for every price type it can be set to, `base_price` among them (observed). The mock grants no discounts, so it equals `products_purchase_price` (invented).","x-provenance":"observed"},"products_base_price_incl_vat":{"type":"number","description":"The same with VAT (observed, as `products_base_price`).","x-provenance":"observed"},"products":{"type":"array","description":"Per product.","x-provenance":"documented","items":{"title":"PricedProduct","type":"object","additionalProperties":false,"required":["id","prices_per_product","prices_total"],"description":"Prices of one product.","x-provenance":"documented","properties":{"id":{"type":"integer","description":"Product id from the request (assigned when not given).","x-provenance":"documented"},"prices_per_product":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"Price of one.","x-provenance":"documented"},"prices_total":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"Price of the amount.","x-provenance":"documented"}}}},"deliveries":{"type":"array","description":"Shipping methods for the delivery.","x-provenance":"documented","items":{"title":"PricedDelivery","type":"object","additionalProperties":false,"required":["shipping_method_api_code","shipping_method_name","transit_days","prices"],"description":"A shipping method and its price.","x-provenance":"documented","properties":{"shipping_method_api_code":{"type":["string","null"],"description":"Code of the method.","x-provenance":"documented"},"shipping_method_name":{"type":"string","description":"Name.","x-provenance":"documented"},"shipping_method_description":{"type":"string","description":"Description.","x-provenance":"documented"},"transit_days":{"type":"integer","description":"Days in transit.","x-provenance":"documented"},"delivery_date":{"type":"string","description":"Delivery date with this method (invented).","x-provenance":"invented"},"prices":{"$ref":"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json","description":"Price of the shipment.","x-provenance":"documented"}}}}}}}}};
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/price-figures.schema.json","title":"PriceFigures","description":"Four prices: purchase and sales, without and with VAT (the four numbers flat, as in the spec's price example; the spec's schema nests them under `prices`, its example does not: the mock follows the example, which is what clients read).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat"],"properties":{"purchase_price":{"type":"number","description":"Purchasing price. Price is in the customer's currency.","x-provenance":"documented"},"purchase_price_incl_vat":{"type":"number","description":"Purchasing price including customer's VAT. Price is in the customer's currency.","x-provenance":"documented"},"sales_price":{"type":"number","description":"Customer's sale price based on customer's sales margin. Price is in the customer's currency.","x-provenance":"documented"},"sales_price_incl_vat":{"type":"number","description":"Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency.","x-provenance":"documented"}}};
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json","title":"DeliveryPriceFigures","description":"The prices of one delivery of a `/price` speed: the shipping method's four prices (spec example), and the purchase figures Probo's configurator (`ProboConnect/product-configurator`) reads from `deliveries[].prices` (observed): it picks the cheapest delivery by `purchase_rush_surcharge` and shows `purchase_shipping_price` and `purchase_packaging_price`.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat","purchase_rush_surcharge","purchase_shipping_price","purchase_packaging_price"],"properties":{"purchase_price":{"type":"number","description":"Purchasing price. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"purchase_price_incl_vat":{"type":"number","description":"Purchasing price including customer's VAT. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"sales_price":{"type":"number","description":"Customer's sale price based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"sales_price_incl_vat":{"type":"number","description":"Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"purchase_rush_surcharge":{"type":"number","description":"What this speed costs above the slowest one, for the products (a number: the configurator compares it with `<`; observed, read by `ProboConnect/product-configurator`). The mock's figure is the catalog's speed surcharge on the products' purchase price (0 for the slowest speed; invented).","x-provenance":"observed"},"purchase_shipping_price":{"type":"number","description":"The purchase price of shipping with this method (observed, read by `ProboConnect/product-configurator`); the mock's figure is the method's price in the catalog (invented).","x-provenance":"observed"},"purchase_packaging_price":{"type":"number","description":"The purchase price of packaging (observed, read by `ProboConnect/product-configurator`); the mock's figure is 0 for a pickup point and 1.50 a product otherwise (invented).","x-provenance":"observed"}}};
const func1 = Object.prototype.hasOwnProperty;

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/price-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.message === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.calculation_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calculation_id"},message:"must have required property '"+"calculation_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.prices === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prices"},message:"must have required property '"+"prices"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "status") || (key0 === "code")) || (key0 === "message")) || (key0 === "calculation_id")) || (key0 === "prices"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("ok" !== data0){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.code !== undefined){
let data1 = data.code;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(200 !== data1){
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.calculation_id !== undefined){
let data3 = data.calculation_id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/calculation_id",schemaPath:"#/properties/calculation_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.prices !== undefined){
let data4 = data.prices;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.shipping_date === undefined){
const err12 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "shipping_date"},message:"must have required property '"+"shipping_date"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.delivery_date === undefined){
const err13 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.production_hours === undefined){
const err14 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "production_hours"},message:"must have required property '"+"production_hours"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.products === undefined){
const err15 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.deliveries === undefined){
const err16 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "deliveries"},message:"must have required property '"+"deliveries"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.products_purchase_price === undefined){
const err17 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_purchase_price"},message:"must have required property '"+"products_purchase_price"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.products_purchase_price_incl_vat === undefined){
const err18 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_purchase_price_incl_vat"},message:"must have required property '"+"products_purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.products_sales_price === undefined){
const err19 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_sales_price"},message:"must have required property '"+"products_sales_price"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.products_sales_price_incl_vat === undefined){
const err20 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_sales_price_incl_vat"},message:"must have required property '"+"products_sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.products_base_price === undefined){
const err21 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_base_price"},message:"must have required property '"+"products_base_price"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.products_base_price_incl_vat === undefined){
const err22 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_base_price_incl_vat"},message:"must have required property '"+"products_base_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data5){
if(!(func1.call(schema86.properties.prices.items.properties, key1))){
const err23 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.shipping_date !== undefined){
if(typeof data5.shipping_date !== "string"){
const err24 = {instancePath:instancePath+"/prices/" + i0+"/shipping_date",schemaPath:"#/properties/prices/items/properties/shipping_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.delivery_date !== undefined){
if(typeof data5.delivery_date !== "string"){
const err25 = {instancePath:instancePath+"/prices/" + i0+"/delivery_date",schemaPath:"#/properties/prices/items/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.production_hours !== undefined){
let data8 = data5.production_hours;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/prices/" + i0+"/production_hours",schemaPath:"#/properties/prices/items/properties/production_hours/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.products_purchase_price !== undefined){
let data9 = data5.products_purchase_price;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/prices/" + i0+"/products_purchase_price",schemaPath:"#/properties/prices/items/properties/products_purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.products_purchase_price_incl_vat !== undefined){
let data10 = data5.products_purchase_price_incl_vat;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err28 = {instancePath:instancePath+"/prices/" + i0+"/products_purchase_price_incl_vat",schemaPath:"#/properties/prices/items/properties/products_purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.products_sales_price !== undefined){
let data11 = data5.products_sales_price;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/prices/" + i0+"/products_sales_price",schemaPath:"#/properties/prices/items/properties/products_sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.products_sales_price_incl_vat !== undefined){
let data12 = data5.products_sales_price_incl_vat;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err30 = {instancePath:instancePath+"/prices/" + i0+"/products_sales_price_incl_vat",schemaPath:"#/properties/prices/items/properties/products_sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.products_base_price !== undefined){
let data13 = data5.products_base_price;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err31 = {instancePath:instancePath+"/prices/" + i0+"/products_base_price",schemaPath:"#/properties/prices/items/properties/products_base_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.products_base_price_incl_vat !== undefined){
let data14 = data5.products_base_price_incl_vat;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err32 = {instancePath:instancePath+"/prices/" + i0+"/products_base_price_incl_vat",schemaPath:"#/properties/prices/items/properties/products_base_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.products !== undefined){
let data15 = data5.products;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.id === undefined){
const err33 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data16.prices_per_product === undefined){
const err34 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/required",keyword:"required",params:{missingProperty: "prices_per_product"},message:"must have required property '"+"prices_per_product"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data16.prices_total === undefined){
const err35 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/required",keyword:"required",params:{missingProperty: "prices_total"},message:"must have required property '"+"prices_total"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data16){
if(!(((key2 === "id") || (key2 === "prices_per_product")) || (key2 === "prices_total"))){
const err36 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.id !== undefined){
let data17 = data16.id;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err37 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/id",schemaPath:"#/properties/prices/items/properties/products/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data16.prices_per_product !== undefined){
let data18 = data16.prices_per_product;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.purchase_price === undefined){
const err38 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data18.purchase_price_incl_vat === undefined){
const err39 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data18.sales_price === undefined){
const err40 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data18.sales_price_incl_vat === undefined){
const err41 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key3 in data18){
if(!((((key3 === "purchase_price") || (key3 === "purchase_price_incl_vat")) || (key3 === "sales_price")) || (key3 === "sales_price_incl_vat"))){
const err42 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.purchase_price !== undefined){
let data19 = data18.purchase_price;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err43 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data18.purchase_price_incl_vat !== undefined){
let data20 = data18.purchase_price_incl_vat;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err44 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data18.sales_price !== undefined){
let data21 = data18.sales_price;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err45 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.sales_price_incl_vat !== undefined){
let data22 = data18.sales_price_incl_vat;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err46 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.prices_total !== undefined){
let data23 = data16.prices_total;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.purchase_price === undefined){
const err48 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data23.purchase_price_incl_vat === undefined){
const err49 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data23.sales_price === undefined){
const err50 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data23.sales_price_incl_vat === undefined){
const err51 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key4 in data23){
if(!((((key4 === "purchase_price") || (key4 === "purchase_price_incl_vat")) || (key4 === "sales_price")) || (key4 === "sales_price_incl_vat"))){
const err52 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data23.purchase_price !== undefined){
let data24 = data23.purchase_price;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err53 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data23.purchase_price_incl_vat !== undefined){
let data25 = data23.purchase_price_incl_vat;
if(!((typeof data25 == "number") && (isFinite(data25)))){
const err54 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data23.sales_price !== undefined){
let data26 = data23.sales_price;
if(!((typeof data26 == "number") && (isFinite(data26)))){
const err55 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data23.sales_price_incl_vat !== undefined){
let data27 = data23.sales_price_incl_vat;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err56 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/prices/" + i0+"/products",schemaPath:"#/properties/prices/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data5.deliveries !== undefined){
let data28 = data5.deliveries;
if(Array.isArray(data28)){
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.shipping_method_api_code === undefined){
const err60 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "shipping_method_api_code"},message:"must have required property '"+"shipping_method_api_code"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data29.shipping_method_name === undefined){
const err61 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "shipping_method_name"},message:"must have required property '"+"shipping_method_name"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data29.transit_days === undefined){
const err62 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "transit_days"},message:"must have required property '"+"transit_days"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data29.prices === undefined){
const err63 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "prices"},message:"must have required property '"+"prices"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key5 in data29){
if(!((((((key5 === "shipping_method_api_code") || (key5 === "shipping_method_name")) || (key5 === "shipping_method_description")) || (key5 === "transit_days")) || (key5 === "delivery_date")) || (key5 === "prices"))){
const err64 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data29.shipping_method_api_code !== undefined){
let data30 = data29.shipping_method_api_code;
if((typeof data30 !== "string") && (data30 !== null)){
const err65 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/shipping_method_api_code",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/shipping_method_api_code/type",keyword:"type",params:{type: schema86.properties.prices.items.properties.deliveries.items.properties.shipping_method_api_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data29.shipping_method_name !== undefined){
if(typeof data29.shipping_method_name !== "string"){
const err66 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/shipping_method_name",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/shipping_method_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data29.shipping_method_description !== undefined){
if(typeof data29.shipping_method_description !== "string"){
const err67 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/shipping_method_description",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/shipping_method_description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.transit_days !== undefined){
let data33 = data29.transit_days;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err68 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/transit_days",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/transit_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data29.delivery_date !== undefined){
if(typeof data29.delivery_date !== "string"){
const err69 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/delivery_date",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.prices !== undefined){
let data35 = data29.prices;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.purchase_price === undefined){
const err70 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data35.purchase_price_incl_vat === undefined){
const err71 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data35.sales_price === undefined){
const err72 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data35.sales_price_incl_vat === undefined){
const err73 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data35.purchase_rush_surcharge === undefined){
const err74 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_rush_surcharge"},message:"must have required property '"+"purchase_rush_surcharge"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data35.purchase_shipping_price === undefined){
const err75 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_shipping_price"},message:"must have required property '"+"purchase_shipping_price"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data35.purchase_packaging_price === undefined){
const err76 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_packaging_price"},message:"must have required property '"+"purchase_packaging_price"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key6 in data35){
if(!(((((((key6 === "purchase_price") || (key6 === "purchase_price_incl_vat")) || (key6 === "sales_price")) || (key6 === "sales_price_incl_vat")) || (key6 === "purchase_rush_surcharge")) || (key6 === "purchase_shipping_price")) || (key6 === "purchase_packaging_price"))){
const err77 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data35.purchase_price !== undefined){
let data36 = data35.purchase_price;
if(!((typeof data36 == "number") && (isFinite(data36)))){
const err78 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data35.purchase_price_incl_vat !== undefined){
let data37 = data35.purchase_price_incl_vat;
if(!((typeof data37 == "number") && (isFinite(data37)))){
const err79 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data35.sales_price !== undefined){
let data38 = data35.sales_price;
if(!((typeof data38 == "number") && (isFinite(data38)))){
const err80 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data35.sales_price_incl_vat !== undefined){
let data39 = data35.sales_price_incl_vat;
if(!((typeof data39 == "number") && (isFinite(data39)))){
const err81 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data35.purchase_rush_surcharge !== undefined){
let data40 = data35.purchase_rush_surcharge;
if(!((typeof data40 == "number") && (isFinite(data40)))){
const err82 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_rush_surcharge",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_rush_surcharge/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data35.purchase_shipping_price !== undefined){
let data41 = data35.purchase_shipping_price;
if(!((typeof data41 == "number") && (isFinite(data41)))){
const err83 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_shipping_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_shipping_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data35.purchase_packaging_price !== undefined){
let data42 = data35.purchase_packaging_price;
if(!((typeof data42 == "number") && (isFinite(data42)))){
const err84 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_packaging_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_packaging_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/prices/" + i0+"/deliveries",schemaPath:"#/properties/prices/items/properties/deliveries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/prices",schemaPath:"#/properties/prices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

