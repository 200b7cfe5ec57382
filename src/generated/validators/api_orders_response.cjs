/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/orders-response.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate57;
const schema82 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/orders-response.schema.json","title":"OrdersResponse","description":"The answer of `GET /orders`: this mock's orders, paged (default 10 a page, as in the example) and filtered by the documented query parameters. Field names as in the spec example (`number`, `external_status_code`, `address_…`). Prices come from the catalog where it knows the product (0 otherwise; invented).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["meta","orders"],"properties":{"meta":{"type":"object","description":"Paging.","x-provenance":"documented","additionalProperties":false,"required":["page","pages","items","per_page"],"properties":{"page":{"type":"integer","description":"Page number.","x-provenance":"documented"},"pages":{"type":"integer","description":"Number of pages.","x-provenance":"documented"},"items":{"type":"integer","description":"Total number of items.","x-provenance":"documented"},"per_page":{"type":"integer","description":"Maximum number of items per page.","x-provenance":"documented"}}},"orders":{"type":"array","description":"The orders of this page.","x-provenance":"documented","items":{"title":"ListedOrder","type":"object","additionalProperties":false,"description":"An order.","x-provenance":"documented","required":["number","customer_reference","order_date","customer_order_id","total_sales_price","total_vat","delivery_date","delivery_address","external_status_code"],"properties":{"number":{"type":"integer","description":"Probo's order number (supplier_order_number elsewhere).","x-provenance":"documented"},"customer_reference":{"type":["string","null"],"description":"The order reference.","x-provenance":"documented"},"order_date":{"type":"string","description":"When it was placed.","x-provenance":"documented"},"customer_order_id":{"type":["string","null"],"description":"The reseller's order id (null in the spec example).","x-provenance":"documented"},"total_sales_price":{"type":"number","description":"Total sales price.","x-provenance":"documented"},"total_vat":{"type":"number","description":"VAT of it.","x-provenance":"documented"},"converted_preview_small_url":{"type":["string","null"],"description":"Preview image.","x-provenance":"documented"},"delivery_date":{"type":["string","null"],"description":"Delivery date.","x-provenance":"documented"},"delivery_address":{"type":"object","description":"The first delivery's address, fields prefixed `address_`.","x-provenance":"documented","additionalProperties":{"type":["string","null"],"description":"An address field.","x-provenance":"documented"}},"external_status_code":{"type":"string","description":"The order status (\"queued\" before Probo accepts it; invented for the mock's queue).","x-provenance":"documented"}}}}}};
const func1 = Object.prototype.hasOwnProperty;

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/orders-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meta === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.orders === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "meta") || (key0 === "orders"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.meta !== undefined){
let data0 = data.meta;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.page === undefined){
const err3 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.pages === undefined){
const err4 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "pages"},message:"must have required property '"+"pages"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.items === undefined){
const err5 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.per_page === undefined){
const err6 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "per_page"},message:"must have required property '"+"per_page"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((((key1 === "page") || (key1 === "pages")) || (key1 === "items")) || (key1 === "per_page"))){
const err7 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.page !== undefined){
let data1 = data0.page;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/meta/page",schemaPath:"#/properties/meta/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.pages !== undefined){
let data2 = data0.pages;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/meta/pages",schemaPath:"#/properties/meta/properties/pages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.items !== undefined){
let data3 = data0.items;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/meta/items",schemaPath:"#/properties/meta/properties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.per_page !== undefined){
let data4 = data0.per_page;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/meta/per_page",schemaPath:"#/properties/meta/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.orders !== undefined){
let data5 = data.orders;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.number === undefined){
const err13 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.customer_reference === undefined){
const err14 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "customer_reference"},message:"must have required property '"+"customer_reference"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.order_date === undefined){
const err15 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "order_date"},message:"must have required property '"+"order_date"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.customer_order_id === undefined){
const err16 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "customer_order_id"},message:"must have required property '"+"customer_order_id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.total_sales_price === undefined){
const err17 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "total_sales_price"},message:"must have required property '"+"total_sales_price"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.total_vat === undefined){
const err18 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "total_vat"},message:"must have required property '"+"total_vat"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.delivery_date === undefined){
const err19 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.delivery_address === undefined){
const err20 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "delivery_address"},message:"must have required property '"+"delivery_address"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.external_status_code === undefined){
const err21 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "external_status_code"},message:"must have required property '"+"external_status_code"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data6){
if(!(func1.call(schema82.properties.orders.items.properties, key2))){
const err22 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.number !== undefined){
let data7 = data6.number;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/orders/" + i0+"/number",schemaPath:"#/properties/orders/items/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.customer_reference !== undefined){
let data8 = data6.customer_reference;
if((typeof data8 !== "string") && (data8 !== null)){
const err24 = {instancePath:instancePath+"/orders/" + i0+"/customer_reference",schemaPath:"#/properties/orders/items/properties/customer_reference/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.customer_reference.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.order_date !== undefined){
if(typeof data6.order_date !== "string"){
const err25 = {instancePath:instancePath+"/orders/" + i0+"/order_date",schemaPath:"#/properties/orders/items/properties/order_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.customer_order_id !== undefined){
let data10 = data6.customer_order_id;
if((typeof data10 !== "string") && (data10 !== null)){
const err26 = {instancePath:instancePath+"/orders/" + i0+"/customer_order_id",schemaPath:"#/properties/orders/items/properties/customer_order_id/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.customer_order_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.total_sales_price !== undefined){
let data11 = data6.total_sales_price;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err27 = {instancePath:instancePath+"/orders/" + i0+"/total_sales_price",schemaPath:"#/properties/orders/items/properties/total_sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.total_vat !== undefined){
let data12 = data6.total_vat;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err28 = {instancePath:instancePath+"/orders/" + i0+"/total_vat",schemaPath:"#/properties/orders/items/properties/total_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.converted_preview_small_url !== undefined){
let data13 = data6.converted_preview_small_url;
if((typeof data13 !== "string") && (data13 !== null)){
const err29 = {instancePath:instancePath+"/orders/" + i0+"/converted_preview_small_url",schemaPath:"#/properties/orders/items/properties/converted_preview_small_url/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.converted_preview_small_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.delivery_date !== undefined){
let data14 = data6.delivery_date;
if((typeof data14 !== "string") && (data14 !== null)){
const err30 = {instancePath:instancePath+"/orders/" + i0+"/delivery_date",schemaPath:"#/properties/orders/items/properties/delivery_date/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.delivery_date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.delivery_address !== undefined){
let data15 = data6.delivery_address;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
let data16 = data15[key3];
if((typeof data16 !== "string") && (data16 !== null)){
const err31 = {instancePath:instancePath+"/orders/" + i0+"/delivery_address/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/orders/items/properties/delivery_address/additionalProperties/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.delivery_address.additionalProperties.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/orders/" + i0+"/delivery_address",schemaPath:"#/properties/orders/items/properties/delivery_address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.external_status_code !== undefined){
if(typeof data6.external_status_code !== "string"){
const err33 = {instancePath:instancePath+"/orders/" + i0+"/external_status_code",schemaPath:"#/properties/orders/items/properties/external_status_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

