/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/price-request.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate59;
const schema84 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/price-request.schema.json","title":"PriceRequest","description":"The body of `POST /price` (type_4 of the specification, closed): products by `code` or `customer_code` with their options, and optional deliveries.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["products"],"properties":{"products":{"type":"array","description":"The products to price.","x-provenance":"documented","minItems":1,"maxItems":50,"items":{"title":"PriceProduct","type":"object","additionalProperties":false,"description":"A product to price: `code` (Code_13) or `customer_code` (CustomerCode_14), closed. With both, `code` and `options` are priced and `customer_code` is ignored: Probo's configurator (`ProboConnect/product-configurator`) sends both once it has stored a configuration (observed).","x-provenance":"documented","properties":{"code":{"type":"string","description":"Code of the Probo product.","x-provenance":"documented","minLength":2},"customer_code":{"type":"string","description":"Code of a composed API product.","x-provenance":"documented","minLength":2},"id":{"type":"integer","description":"Product id (assigned when not given).","x-provenance":"documented"},"reference":{"type":"string","description":"The shop's reference.","x-provenance":"documented","maxLength":255},"options":{"type":"array","description":"The chosen options.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option: a code and, for inputs, a value.","x-provenance":"documented"}}},"anyOf":[{"required":["code"],"properties":{"code":true}},{"required":["customer_code"],"properties":{"customer_code":true}}]}},"deliveries":{"type":"array","description":"Where and when to deliver: shipping methods and dates are priced for them.","x-provenance":"documented","maxItems":10,"items":{"title":"PriceDelivery","type":"object","additionalProperties":false,"required":["address"],"description":"A delivery of a price request: the address and optionally a date or preset and a shipping method code or preset (the seven closed variants of the specification, flattened; `carrier_code` only with `shipping_method_preset`).","x-provenance":"documented","properties":{"address":{"type":"object","description":"The delivery address (Address_21, or {id} from the address book).","x-provenance":"documented"},"delivery_date":{"type":"string","description":"Wanted delivery date.","x-provenance":"documented","format":"date"},"delivery_date_preset":{"type":"string","description":"Delivery date preset (cheapest, fastest).","x-provenance":"documented"},"shipping_method_code":{"type":"string","description":"Shipping method code.","x-provenance":"documented"},"shipping_method_preset":{"type":"string","description":"Shipping method preset (cheapest, fastest).","x-provenance":"documented"},"carrier_code":{"type":"string","description":"Carrier, only with a shipping method preset.","x-provenance":"documented"}},"not":{"anyOf":[{"required":["delivery_date","delivery_date_preset"],"properties":{"delivery_date":true,"delivery_date_preset":true}},{"required":["shipping_method_code","shipping_method_preset"],"properties":{"shipping_method_code":true,"shipping_method_preset":true}},{"required":["carrier_code"],"properties":{"carrier_code":true},"not":{"required":["shipping_method_preset"],"properties":{"shipping_method_preset":true}}}]}}},"language":{"type":"string","description":"Language of the answer texts.","x-provenance":"documented"},"error_email_addresses":{"type":"array","description":"Error email addresses.","x-provenance":"documented","items":{"type":"string"}},"callback_urls":{"type":"array","description":"[NO IMPLEMENTATION YET] in the specification.","x-provenance":"documented","items":{"type":"string"}}}};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-option.schema.json","title":"OrderOption","description":"One product option: an option code and, for an input option, its value (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","minLength":2,"description":"\"Code relating to option in the options tree as shown on the webshop product page.\"","x-provenance":"documented","examples":["width"]},"value":{"type":["number","string","null"],"description":"\"Value of an option with an input option, like width or tunnel size.\" A number, a string (\"100\", the docs' example) or null. The specification's union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).","x-provenance":"documented","examples":[100,"100"]}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const formats4 = require("ajv-formats/dist/formats").fullFormats.date;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/price-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.products === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "products") || (key0 === "deliveries")) || (key0 === "language")) || (key0 === "error_email_addresses")) || (key0 === "callback_urls"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.products !== undefined){
let data0 = data.products;
if(Array.isArray(data0)){
if(data0.length > 50){
const err2 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs8 = errors;
let valid3 = false;
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err4 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/anyOf/0/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid3 = valid3 || _valid0;
if(_valid0){
var props0 = {};
props0.code = true;
}
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.customer_code === undefined){
const err5 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/anyOf/1/required",keyword:"required",params:{missingProperty: "customer_code"},message:"must have required property '"+"customer_code"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.customer_code = true;
}
}
if(!valid3){
const err6 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((key1 === "code") || (key1 === "customer_code")) || (key1 === "id")) || (key1 === "reference")) || (key1 === "options"))){
const err7 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.code !== undefined){
let data2 = data1.code;
if(typeof data2 === "string"){
if(func2(data2) < 2){
const err8 = {instancePath:instancePath+"/products/" + i0+"/code",schemaPath:"#/properties/products/items/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/products/" + i0+"/code",schemaPath:"#/properties/products/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.customer_code !== undefined){
let data3 = data1.customer_code;
if(typeof data3 === "string"){
if(func2(data3) < 2){
const err10 = {instancePath:instancePath+"/products/" + i0+"/customer_code",schemaPath:"#/properties/products/items/properties/customer_code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/products/" + i0+"/customer_code",schemaPath:"#/properties/products/items/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.id !== undefined){
let data4 = data1.id;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/products/" + i0+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.reference !== undefined){
let data5 = data1.reference;
if(typeof data5 === "string"){
if(func2(data5) > 255){
const err13 = {instancePath:instancePath+"/products/" + i0+"/reference",schemaPath:"#/properties/products/items/properties/reference/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/products/" + i0+"/reference",schemaPath:"#/properties/products/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.options !== undefined){
let data6 = data1.options;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.code === undefined){
const err15 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "code") || (key2 === "value"))){
const err16 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.code !== undefined){
let data8 = data7.code;
if(typeof data8 === "string"){
if(func2(data8) < 2){
const err17 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(((!((typeof data9 == "number") && (isFinite(data9)))) && (typeof data9 !== "string")) && (data9 !== null)){
const err19 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/value",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/products/" + i0+"/options",schemaPath:"#/properties/products/items/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.deliveries !== undefined){
let data10 = data.deliveries;
if(Array.isArray(data10)){
if(data10.length > 10){
const err24 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
const _errs45 = errors;
const _errs46 = errors;
const _errs47 = errors;
let valid12 = false;
const _errs48 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing0;
if(((data11.delivery_date === undefined) && (missing0 = "delivery_date")) || ((data11.delivery_date_preset === undefined) && (missing0 = "delivery_date_preset"))){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid1 = _errs48 === errors;
valid12 = valid12 || _valid1;
if(_valid1){
var props1 = {};
props1.delivery_date = true;
props1.delivery_date_preset = true;
}
const _errs49 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing1;
if(((data11.shipping_method_code === undefined) && (missing1 = "shipping_method_code")) || ((data11.shipping_method_preset === undefined) && (missing1 = "shipping_method_preset"))){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid1 = _errs49 === errors;
valid12 = valid12 || _valid1;
if(_valid1){
if(props1 !== true){
props1 = props1 || {};
props1.shipping_method_code = true;
props1.shipping_method_preset = true;
}
}
const _errs50 = errors;
const _errs51 = errors;
const _errs52 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if((data11.shipping_method_preset === undefined) && (missing2 = "shipping_method_preset")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid13 = _errs52 === errors;
if(valid13){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
if(errors === _errs50){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((data11.carrier_code === undefined) && (missing3 = "carrier_code")){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
var _valid1 = _errs50 === errors;
valid12 = valid12 || _valid1;
if(_valid1){
if(props1 !== true){
props1 = props1 || {};
props1.carrier_code = true;
}
}
if(!valid12){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs46 === errors;
if(valid11){
const err31 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.address === undefined){
const err32 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data11){
if(!((((((key3 === "address") || (key3 === "delivery_date")) || (key3 === "delivery_date_preset")) || (key3 === "shipping_method_code")) || (key3 === "shipping_method_preset")) || (key3 === "carrier_code"))){
const err33 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.address !== undefined){
let data12 = data11.address;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err34 = {instancePath:instancePath+"/deliveries/" + i2+"/address",schemaPath:"#/properties/deliveries/items/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.delivery_date !== undefined){
let data13 = data11.delivery_date;
if(typeof data13 === "string"){
if(!(formats4.validate(data13))){
const err35 = {instancePath:instancePath+"/deliveries/" + i2+"/delivery_date",schemaPath:"#/properties/deliveries/items/properties/delivery_date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/deliveries/" + i2+"/delivery_date",schemaPath:"#/properties/deliveries/items/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.delivery_date_preset !== undefined){
if(typeof data11.delivery_date_preset !== "string"){
const err37 = {instancePath:instancePath+"/deliveries/" + i2+"/delivery_date_preset",schemaPath:"#/properties/deliveries/items/properties/delivery_date_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.shipping_method_code !== undefined){
if(typeof data11.shipping_method_code !== "string"){
const err38 = {instancePath:instancePath+"/deliveries/" + i2+"/shipping_method_code",schemaPath:"#/properties/deliveries/items/properties/shipping_method_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.shipping_method_preset !== undefined){
if(typeof data11.shipping_method_preset !== "string"){
const err39 = {instancePath:instancePath+"/deliveries/" + i2+"/shipping_method_preset",schemaPath:"#/properties/deliveries/items/properties/shipping_method_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.carrier_code !== undefined){
if(typeof data11.carrier_code !== "string"){
const err40 = {instancePath:instancePath+"/deliveries/" + i2+"/carrier_code",schemaPath:"#/properties/deliveries/items/properties/carrier_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err43 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.error_email_addresses !== undefined){
let data19 = data.error_email_addresses;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
if(typeof data19[i3] !== "string"){
const err44 = {instancePath:instancePath+"/error_email_addresses/" + i3,schemaPath:"#/properties/error_email_addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/error_email_addresses",schemaPath:"#/properties/error_email_addresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.callback_urls !== undefined){
let data21 = data.callback_urls;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
if(typeof data21[i4] !== "string"){
const err46 = {instancePath:instancePath+"/callback_urls/" + i4,schemaPath:"#/properties/callback_urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err47 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

