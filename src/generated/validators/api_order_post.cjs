/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/order-post.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate46;
const schema65 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-post.schema.json","title":"OrderPost","description":"The body of `POST /order`, as Probo's Reseller API specification (`definitions.type`) defines it: required `id`, `reference`, `deliveries` and `products`. The top level is open in the specification, so unknown fields are allowed; the mock warns about near-misses it can name (`callback_url`, singular) in the order's admin record.","x-provenance":"documented","type":"object","required":["id","reference","deliveries","products"],"properties":{"id":{"type":"string","minLength":1,"pattern":"^[\\w-]+$","description":"The shop's own order id, echoed in every callback as `order.id`. \"Must be unique for each order (can be re-used when order is cancelled!). May only contain the following characters: a-zA-Z0-9_-\". The mock follows `/order/release` (\"release a cancelled order … so they can place the order again with the same order id\"): an id is new again once its order is canceled and released; before that a second post is a duplicate.","x-provenance":"documented","examples":["my_weborder_1234"]},"reference":{"type":"string","minLength":1,"description":"\"Reseller's reference of the order. Does not have to be unique.\" Echoed in callbacks as `order.reference`.","x-provenance":"documented","examples":["Banner 510 for customer X"]},"order_type":{"enum":["production","test"],"default":"production","description":"`test` creates an order that Probo cancels on receipt (the sandbox page, newer than the specification, which says a test order \"will not be taken into production\").","x-provenance":"documented"},"project":{"type":"boolean","description":"\"Set this boolean to true if this is a project order.\"","x-provenance":"documented"},"project_id":{"type":"integer","description":"\"Resellers project group what the order relates to.\"","x-provenance":"documented"},"contact_email":{"type":"string","minLength":5,"description":"\"Email of the reseller's contact person on behalf the order is placed for.\" At least 5 characters; the specification gives no e-mail format.","x-provenance":"documented"},"language":{"type":"string","minLength":2,"maxLength":2,"description":"ISO 639-1 language of the order (\"not yet supported\" at Probo).","x-provenance":"documented","examples":["en"]},"error_email_addresses":{"type":"array","items":{"type":"string","description":"An e-mail address (no format in the specification).","x-provenance":"documented"},"description":"\"Array of email addresses which will receive status updates regarding the processing of the order.\"","x-provenance":"documented"},"callback_urls":{"anyOf":[{"type":"array","items":{"type":"string","format":"uri","pattern":"^https?://","description":"An http(s) URL that receives status callbacks (the specification says a string; the mock needs a URL it can call: invented).","x-provenance":"invented"},"description":"The documented form: a list of URLs.","x-provenance":"documented"},{"type":"string","description":"A single URL as a string, not a list: the mock takes the order, sends no callbacks and warns in the order's admin record (invented; the specification wants an array).","x-provenance":"invented"}],"description":"Every status callback is POSTed to each of these URLs. The callbacks guide says \"an array with a minimum of one URL\"; the specification sets no minimum. An empty list (or a string) is taken, with a warning in the order's admin record: no callbacks follow.","x-provenance":"documented"},"deliveries":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/api/order-delivery.schema.json"},"description":"Where the order goes; at least one.","x-provenance":"documented"},"products":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/api/order-product.schema.json"},"description":"What is printed; at least one.","x-provenance":"documented"}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern11 = new RegExp("^[\\w-]+$", "u");
const pattern9 = new RegExp("^https?://", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-delivery.schema.json","title":"OrderDelivery","description":"One delivery of an order post. The specification allows six closed alternatives: one date key (`delivery_date`, `delivery_date_preset` or `shipping_date`) with one method key (`shipping_method_code` or `shipping_method_preset`); `carrier_code` only with `shipping_method_preset`, `shipping_label_url` only with `shipping_method_code`. Written here as one closed object with those rules, so that a refusal names one clear problem: \"a delivery needs one of delivery_date, delivery_date_preset, shipping_date and one of shipping_method_code, shipping_method_preset\". An address alone is refused, as Probo does (observed: 400 \"required key [shipping_method_preset] not found\").","x-provenance":"documented","type":"object","additionalProperties":false,"required":["address"],"properties":{"address":{"$ref":"https://probo-mock.dev/schemas/api/order-address.schema.json","description":"Where the delivery goes.","x-provenance":"documented"},"sender_address":{"$ref":"https://probo-mock.dev/schemas/api/order-sender-address.schema.json","description":"Optional sender shown on the label (the docs' \"sender object\"; \"The carrier will determine if and which data to use\"). The key is `sender_address`, as in the specification (the docs page's own example is not public); a delivery with `sender` is refused, pointing here.","x-provenance":"documented"},"delivery_date":{"type":"string","format":"date","description":"\"Date the order should be delivered.\"","x-provenance":"documented","examples":["2020-08-12"]},"delivery_date_preset":{"type":"string","minLength":1,"description":"Name of a preset that picks the delivery date. A free string: \"Please contact Probo for a list of presets\"; the docs name `cheapest` and `fastest`, shops also send `first_possible` (observed).","x-provenance":"documented","examples":["cheapest","fastest","first_possible"]},"shipping_date":{"type":"string","format":"date","description":"The date the order should ship.","x-provenance":"documented"},"shipping_method_code":{"type":"string","minLength":1,"description":"\"Code of the shipping method to be used for shipping the order. Please contact Probo for a list of codes.\"","x-provenance":"documented","examples":["onbezorgd-standard","dhl-standard"]},"shipping_method_preset":{"type":"string","minLength":1,"description":"Name of a preset that picks the shipping method. A free string; the docs name `cheapest` and `fastest`.","x-provenance":"documented","examples":["cheapest","fastest"]},"carrier_code":{"type":"string","description":"\"Code of the carrier to be used for shipping the order.\" Only together with `shipping_method_preset` (\"The option carrier_code only works together with presets\").","x-provenance":"documented","examples":["onb"]},"shipping_label_url":{"type":"string","description":"A shipping label of your own; only together with `shipping_method_code`.","x-provenance":"documented"},"packing_slip_urls":{"type":"array","items":{"type":"string","description":"The URL of a packing slip.","x-provenance":"documented"},"description":"Packing slips to put in the parcel.","x-provenance":"documented"}},"oneOf":[{"required":["delivery_date","shipping_method_code"],"properties":{"delivery_date":true,"shipping_method_code":true}},{"required":["delivery_date","shipping_method_preset"],"properties":{"delivery_date":true,"shipping_method_preset":true}},{"required":["delivery_date_preset","shipping_method_code"],"properties":{"delivery_date_preset":true,"shipping_method_code":true}},{"required":["delivery_date_preset","shipping_method_preset"],"properties":{"delivery_date_preset":true,"shipping_method_preset":true}},{"required":["shipping_date","shipping_method_code"],"properties":{"shipping_date":true,"shipping_method_code":true}},{"required":["shipping_date","shipping_method_preset"],"properties":{"shipping_date":true,"shipping_method_preset":true}}],"dependentRequired":{"carrier_code":["shipping_method_preset"],"shipping_label_url":["shipping_method_code"]}};
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-address.schema.json","title":"Address","description":"The recipient of a delivery (closed, as in the specification), or `{\"id\": N}` for an address of the address book (\"not yet supported\"). Required fields: the specification requires `company_name`, `first_name`, `street`, `postal_code`, `city` and `country`; the newer delivery docs page requires `first_name`, `last_name`, `street`, `house_number`, `postal_code`, `city` and `country` and makes `company_name` optional. The mock follows the docs (newer).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"description":"\"Id of the address in the addressbook (not yet supported).\" Alone: no other field with it.","x-provenance":"documented"},"company_name":{"type":"string","description":"\"Company name of the addressee.\" (the docs example sends \"\").","x-provenance":"documented"},"first_name":{"type":"string","description":"First name of the addressee.","x-provenance":"documented"},"last_name":{"type":"string","description":"Last name of the addressee.","x-provenance":"documented"},"street":{"type":"string","description":"Street name of the delivery address.","x-provenance":"documented"},"house_number":{"type":["string","integer"],"description":"House number of the delivery address: a string (\"17\", the specification's example) or an integer (17, the docs' example).","x-provenance":"documented"},"addition":{"type":"string","description":"Addition to the house number (\"A\", \"bis\", …).","x-provenance":"documented"},"postal_code":{"type":"string","description":"Postal code, e.g. \"9101PE\".","x-provenance":"documented"},"city":{"type":"string","description":"City of delivery.","x-provenance":"documented"},"country":{"type":"string","minLength":2,"maxLength":2,"description":"Country of delivery, two characters (\"NL\"; the specification checks no more).","x-provenance":"documented"},"phone":{"type":"string","description":"Phone number of the addressee.","x-provenance":"documented"},"email":{"type":"string","description":"E-mail address of the addressee (no format in the specification).","x-provenance":"documented"}},"if":{"required":["id"],"properties":{"id":true}},"then":{"maxProperties":1},"else":{"required":["first_name","last_name","street","house_number","postal_code","city","country"],"properties":{"first_name":true,"last_name":true,"street":true,"house_number":true,"postal_code":true,"city":true,"country":true}}};
const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-sender-address.schema.json","title":"SenderAddress","description":"`sender_address` of a delivery: the sending party some carriers print (\"a sender object … optional and not required\", docs). The specification names it `sender_address` and allows a full address (requiring `company_name`, `first_name`, `street`, `house_number`, `postal_code`, `city`, `country`) or an address-book `{\"id\", \"house_number\"}`; both open.","x-provenance":"documented","type":"object","properties":{"id":{"type":"integer","minimum":1,"description":"\"Id of the address in the addressbook (not yet supported).\"","x-provenance":"documented"},"company_name":{"type":"string","description":"Company name of the sender.","x-provenance":"documented"},"first_name":{"type":"string","description":"First name of the sender.","x-provenance":"documented"},"last_name":{"type":"string","description":"Last name of the sender.","x-provenance":"documented"},"street":{"type":"string","description":"Street name.","x-provenance":"documented"},"house_number":{"type":["string","integer"],"description":"House number: a string or an integer.","x-provenance":"documented"},"addition":{"type":"string","description":"Addition to the house number.","x-provenance":"documented"},"postal_code":{"type":"string","description":"Postal code.","x-provenance":"documented"},"city":{"type":"string","description":"City.","x-provenance":"documented"},"country":{"type":"string","minLength":2,"maxLength":2,"description":"Country, two characters.","x-provenance":"documented"},"phone":{"type":"string","description":"Phone number.","x-provenance":"documented"},"email":{"type":"string","description":"E-mail address.","x-provenance":"documented"}},"if":{"required":["id"],"properties":{"id":true}},"then":{"required":["id","house_number"],"properties":{"id":true,"house_number":true}},"else":{"required":["company_name","first_name","street","house_number","postal_code","city","country"],"properties":{"company_name":true,"first_name":true,"street":true,"house_number":true,"postal_code":true,"city":true,"country":true}}};
const func1 = Object.prototype.hasOwnProperty;
const formats4 = require("ajv-formats/dist/formats").fullFormats.date;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-delivery.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shipping_method_code === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "shipping_method_code"},message:"must have required property '"+"shipping_method_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.delivery_date = true;
props0.shipping_method_code = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.shipping_method_preset === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "shipping_method_preset"},message:"must have required property '"+"shipping_method_preset"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.delivery_date = true;
props0.shipping_method_preset = true;
}
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date_preset === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "delivery_date_preset"},message:"must have required property '"+"delivery_date_preset"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.shipping_method_code === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "shipping_method_code"},message:"must have required property '"+"shipping_method_code"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = props0 || {};
props0.delivery_date_preset = true;
props0.shipping_method_code = true;
}
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date_preset === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "delivery_date_preset"},message:"must have required property '"+"delivery_date_preset"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.shipping_method_preset === undefined){
const err7 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "shipping_method_preset"},message:"must have required property '"+"shipping_method_preset"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = props0 || {};
props0.delivery_date_preset = true;
props0.shipping_method_preset = true;
}
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shipping_date === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "shipping_date"},message:"must have required property '"+"shipping_date"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.shipping_method_code === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "shipping_method_code"},message:"must have required property '"+"shipping_method_code"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = props0 || {};
props0.shipping_date = true;
props0.shipping_method_code = true;
}
}
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shipping_date === undefined){
const err10 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "shipping_date"},message:"must have required property '"+"shipping_date"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.shipping_method_preset === undefined){
const err11 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "shipping_method_preset"},message:"must have required property '"+"shipping_method_preset"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = props0 || {};
props0.shipping_date = true;
props0.shipping_method_preset = true;
}
}
}
}
}
}
}
if(!valid0){
const err12 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema60.properties, key0))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.address !== undefined){
let data0 = data.address;
const _errs13 = errors;
let valid3 = true;
const _errs14 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.id === undefined) && (missing0 = "id")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid1 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs15 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
const err16 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/then/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid1 = _errs15 === errors;
valid3 = _valid1;
ifClause0 = "then";
}
else {
const _errs16 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.first_name === undefined){
const err17 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data0.last_name === undefined){
const err18 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data0.street === undefined){
const err19 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "street"},message:"must have required property '"+"street"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data0.house_number === undefined){
const err20 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data0.postal_code === undefined){
const err21 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "postal_code"},message:"must have required property '"+"postal_code"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data0.city === undefined){
const err22 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data0.country === undefined){
const err23 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.first_name = true;
props1.last_name = true;
props1.street = true;
props1.house_number = true;
props1.postal_code = true;
props1.city = true;
props1.country = true;
props1.id = true;
}
ifClause0 = "else";
}
if(!valid3){
const err24 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(func1.call(schema52.properties, key1))){
const err25 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err26 = {instancePath:instancePath+"/address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err27 = {instancePath:instancePath+"/address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data0.company_name !== undefined){
if(typeof data0.company_name !== "string"){
const err28 = {instancePath:instancePath+"/address/company_name",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/company_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data0.first_name !== undefined){
if(typeof data0.first_name !== "string"){
const err29 = {instancePath:instancePath+"/address/first_name",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data0.last_name !== undefined){
if(typeof data0.last_name !== "string"){
const err30 = {instancePath:instancePath+"/address/last_name",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data0.street !== undefined){
if(typeof data0.street !== "string"){
const err31 = {instancePath:instancePath+"/address/street",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data0.house_number !== undefined){
let data6 = data0.house_number;
if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){
const err32 = {instancePath:instancePath+"/address/house_number",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/house_number/type",keyword:"type",params:{type: schema52.properties.house_number.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data0.addition !== undefined){
if(typeof data0.addition !== "string"){
const err33 = {instancePath:instancePath+"/address/addition",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/addition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data0.postal_code !== undefined){
if(typeof data0.postal_code !== "string"){
const err34 = {instancePath:instancePath+"/address/postal_code",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data0.city !== undefined){
if(typeof data0.city !== "string"){
const err35 = {instancePath:instancePath+"/address/city",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data0.country !== undefined){
let data10 = data0.country;
if(typeof data10 === "string"){
if(func2(data10) > 2){
const err36 = {instancePath:instancePath+"/address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data10) < 2){
const err37 = {instancePath:instancePath+"/address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/country/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data0.phone !== undefined){
if(typeof data0.phone !== "string"){
const err39 = {instancePath:instancePath+"/address/phone",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data0.email !== undefined){
if(typeof data0.email !== "string"){
const err40 = {instancePath:instancePath+"/address/email",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err41 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.sender_address !== undefined){
let data13 = data.sender_address;
const _errs59 = errors;
let valid6 = true;
const _errs60 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing1;
if((data13.id === undefined) && (missing1 = "id")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var _valid2 = _errs60 === errors;
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid2){
const _errs61 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.id === undefined){
const err43 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/then/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13.house_number === undefined){
const err44 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/then/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid2 = _errs61 === errors;
valid6 = _valid2;
if(valid6){
var props2 = {};
props2.id = true;
props2.house_number = true;
}
ifClause1 = "then";
}
else {
const _errs62 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.company_name === undefined){
const err45 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "company_name"},message:"must have required property '"+"company_name"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data13.first_name === undefined){
const err46 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data13.street === undefined){
const err47 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "street"},message:"must have required property '"+"street"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data13.house_number === undefined){
const err48 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data13.postal_code === undefined){
const err49 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "postal_code"},message:"must have required property '"+"postal_code"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data13.city === undefined){
const err50 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data13.country === undefined){
const err51 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
var _valid2 = _errs62 === errors;
valid6 = _valid2;
if(valid6){
if(props2 !== true){
props2 = props2 || {};
props2.company_name = true;
props2.first_name = true;
props2.street = true;
props2.house_number = true;
props2.postal_code = true;
props2.city = true;
props2.country = true;
}
}
ifClause1 = "else";
}
if(!valid6){
const err52 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(props2 !== true){
props2 = props2 || {};
props2.id = true;
props2.company_name = true;
props2.first_name = true;
props2.last_name = true;
props2.street = true;
props2.house_number = true;
props2.addition = true;
props2.postal_code = true;
props2.city = true;
props2.country = true;
props2.phone = true;
props2.email = true;
}
if(data13.id !== undefined){
let data14 = data13.id;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err53 = {instancePath:instancePath+"/sender_address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/sender_address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data13.company_name !== undefined){
if(typeof data13.company_name !== "string"){
const err55 = {instancePath:instancePath+"/sender_address/company_name",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/company_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data13.first_name !== undefined){
if(typeof data13.first_name !== "string"){
const err56 = {instancePath:instancePath+"/sender_address/first_name",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data13.last_name !== undefined){
if(typeof data13.last_name !== "string"){
const err57 = {instancePath:instancePath+"/sender_address/last_name",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data13.street !== undefined){
if(typeof data13.street !== "string"){
const err58 = {instancePath:instancePath+"/sender_address/street",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data13.house_number !== undefined){
let data19 = data13.house_number;
if((typeof data19 !== "string") && (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19))))){
const err59 = {instancePath:instancePath+"/sender_address/house_number",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/house_number/type",keyword:"type",params:{type: schema62.properties.house_number.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data13.addition !== undefined){
if(typeof data13.addition !== "string"){
const err60 = {instancePath:instancePath+"/sender_address/addition",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/addition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data13.postal_code !== undefined){
if(typeof data13.postal_code !== "string"){
const err61 = {instancePath:instancePath+"/sender_address/postal_code",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data13.city !== undefined){
if(typeof data13.city !== "string"){
const err62 = {instancePath:instancePath+"/sender_address/city",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data13.country !== undefined){
let data23 = data13.country;
if(typeof data23 === "string"){
if(func2(data23) > 2){
const err63 = {instancePath:instancePath+"/sender_address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(func2(data23) < 2){
const err64 = {instancePath:instancePath+"/sender_address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/country/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/sender_address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data13.phone !== undefined){
if(typeof data13.phone !== "string"){
const err66 = {instancePath:instancePath+"/sender_address/phone",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data13.email !== undefined){
if(typeof data13.email !== "string"){
const err67 = {instancePath:instancePath+"/sender_address/email",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.delivery_date !== undefined){
let data26 = data.delivery_date;
if(typeof data26 === "string"){
if(!(formats4.validate(data26))){
const err69 = {instancePath:instancePath+"/delivery_date",schemaPath:"#/properties/delivery_date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/delivery_date",schemaPath:"#/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.delivery_date_preset !== undefined){
let data27 = data.delivery_date_preset;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err71 = {instancePath:instancePath+"/delivery_date_preset",schemaPath:"#/properties/delivery_date_preset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/delivery_date_preset",schemaPath:"#/properties/delivery_date_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.shipping_date !== undefined){
let data28 = data.shipping_date;
if(typeof data28 === "string"){
if(!(formats4.validate(data28))){
const err73 = {instancePath:instancePath+"/shipping_date",schemaPath:"#/properties/shipping_date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/shipping_date",schemaPath:"#/properties/shipping_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.shipping_method_code !== undefined){
let data29 = data.shipping_method_code;
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err75 = {instancePath:instancePath+"/shipping_method_code",schemaPath:"#/properties/shipping_method_code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/shipping_method_code",schemaPath:"#/properties/shipping_method_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.shipping_method_preset !== undefined){
let data30 = data.shipping_method_preset;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err77 = {instancePath:instancePath+"/shipping_method_preset",schemaPath:"#/properties/shipping_method_preset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/shipping_method_preset",schemaPath:"#/properties/shipping_method_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.carrier_code !== undefined){
if(typeof data.carrier_code !== "string"){
const err79 = {instancePath:instancePath+"/carrier_code",schemaPath:"#/properties/carrier_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.shipping_label_url !== undefined){
if(typeof data.shipping_label_url !== "string"){
const err80 = {instancePath:instancePath+"/shipping_label_url",schemaPath:"#/properties/shipping_label_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.packing_slip_urls !== undefined){
let data33 = data.packing_slip_urls;
if(Array.isArray(data33)){
const len0 = data33.length;
for(let i0=0; i0<len0; i0++){
if(typeof data33[i0] !== "string"){
const err81 = {instancePath:instancePath+"/packing_slip_urls/" + i0,schemaPath:"#/properties/packing_slip_urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/packing_slip_urls",schemaPath:"#/properties/packing_slip_urls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.carrier_code !== undefined){
if(data.shipping_method_preset === undefined){
const err83 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "carrier_code",
    missingProperty: "shipping_method_preset",
    depsCount: 1,
    deps: "shipping_method_preset"},message:"must have property shipping_method_preset when property carrier_code is present"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.shipping_label_url !== undefined){
if(data.shipping_method_code === undefined){
const err84 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "shipping_label_url",
    missingProperty: "shipping_method_code",
    depsCount: 1,
    deps: "shipping_method_code"},message:"must have property shipping_method_code when property shipping_label_url is present"};
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
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-product.schema.json","title":"OrderProduct","description":"One product of an order post: configured (`code`, Probo's product code, with `options`) or composed (`customer_code`, a product saved in the shop's Probo account), never both; closed, as in the specification. Where the sources disagree the mock follows the newer docs page (examples/products): `files` are \"required when ordering\" unless the uploader flow is used (`uploader: true` or `uploaders`), and a configured product \"requires a full options set\"; the specification requires neither (its own `mingled-product-types` example has no files, and is refused by the mock for that reason).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"code":{"type":"string","minLength":2,"description":"\"Code of the probo product as shown on the webshop product page.\"","x-provenance":"documented","examples":["beachflag"]},"customer_code":{"type":"string","minLength":2,"description":"\"Code relating to the API product saved in reseller's webshop account including selected options.\"","x-provenance":"documented","examples":["banner_520_with_grommets"]},"id":{"type":["integer","string"],"description":"The shop's id of this product line; `/order/status` lists products by it (numbered from 1 when not given: invented).","x-provenance":"documented"},"reference":{"type":"string","maxLength":255,"description":"The shop's reference of this product.","x-provenance":"documented"},"options":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json"},"description":"Chosen options; required for a configured product (docs).","x-provenance":"documented"},"files":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-file.schema.json"},"description":"Print files; required, at least one, unless the uploader flow is used (docs; the specification requires none).","x-provenance":"documented"},"uploader":{"type":"boolean","description":"\"Set to true if you want to use an uploader to upload files after submitting order.\"","x-provenance":"documented"},"uploaders":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-uploader.schema.json"},"description":"Uploader sessions whose files this product uses.","x-provenance":"documented"}},"oneOf":[{"required":["code"],"properties":{"code":true}},{"required":["customer_code"],"properties":{"customer_code":true}}],"allOf":[{"if":{"required":["code"],"properties":{"code":true}},"then":{"required":["options"],"properties":{"options":true}}},{"if":{"anyOf":[{"required":["uploader"],"properties":{"uploader":{"const":true}}},{"required":["uploaders"],"properties":{"uploaders":true}}]},"else":{"required":["files"],"properties":{"files":{"type":"array","minItems":1}}}}]};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-option.schema.json","title":"OrderOption","description":"One product option: an option code and, for an input option, its value (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","minLength":2,"description":"\"Code relating to option in the options tree as shown on the webshop product page.\"","x-provenance":"documented","examples":["width"]},"value":{"type":["number","string","null"],"description":"\"Value of an option with an input option, like width or tunnel size.\" A number, a string (\"100\", the docs' example) or null. The specification's union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).","x-provenance":"documented","examples":[100,"100"]}}};
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-file.schema.json","title":"OrderFile","description":"A print file Probo downloads and preflights (closed, as in the specification, which requires no field of it). A `uri` containing \"reject\" makes the mock play `file-rejected` (invented).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"uri":{"type":"string","description":"\"Url to the print file, allowed file formats are .pdf, .jpg and .png.\"","x-provenance":"documented","examples":["http://test.com/printfile.pdf"]},"id":{"type":"integer","minimum":1,"description":"\"Id of the external file selected via a uploader-application\".","x-provenance":"documented"},"page":{"type":"integer","minimum":1,"description":"Default 1: the page of a multipage PDF to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front: the side to print the file on.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print the file (ignored with `pages`).","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Default 0: rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default false: fill the canvas when the image is smaller.","x-provenance":"documented"},"fill_even":{"type":"boolean","description":"Default false: fill proportionally.","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"Default none: how to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Default false: mirror the image.","x-provenance":"documented"},"pages":{"type":"array","description":"Per page of a multipage file: what to print.","x-provenance":"documented","items":{"title":"OrderFilePage","type":"object","additionalProperties":false,"required":["page"],"description":"One page of a multipage file.","x-provenance":"documented","properties":{"page":{"type":"integer","minimum":1,"description":"The page number to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print this page.","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default true (the file-level default is false).","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"How to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Mirror the page.","x-provenance":"documented"}}}}}};
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-uploader.schema.json","title":"OrderUploader","description":"An uploader session whose files a product uses, as `POST /products/uploader/create` answered it (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id","external_id"],"properties":{"id":{"type":"integer","description":"The uploader session id.","x-provenance":"documented"},"external_id":{"type":"integer","description":"The session's external id (the uploader guide: \"You must store the ID and external_id\").","x-provenance":"documented"}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-product.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.code = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customer_code === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "customer_code"},message:"must have required property '"+"customer_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.customer_code = true;
}
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs5 = errors;
let valid2 = true;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid1 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.options === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs7 === errors;
valid2 = _valid1;
if(valid2){
var props1 = {};
props1.options = true;
props1.code = true;
}
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs9 = errors;
let valid3 = true;
const _errs10 = errors;
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.uploader === undefined) && (missing1 = "uploader")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.uploader !== undefined){
if(true !== data.uploader){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid3 = _errs12 === errors;
valid4 = valid4 || _valid3;
if(_valid3){
var props2 = {};
props2.uploader = true;
}
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.uploaders === undefined) && (missing2 = "uploaders")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid3 = _errs14 === errors;
valid4 = valid4 || _valid3;
if(_valid3){
if(props2 !== true){
props2 = props2 || {};
props2.uploaders = true;
}
}
if(!valid4){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(!_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.files === undefined){
const err10 = {instancePath,schemaPath:"#/allOf/1/else/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.files !== undefined){
let data1 = data.files;
if(Array.isArray(data1)){
if(data1.length < 1){
const err11 = {instancePath:instancePath+"/files",schemaPath:"#/allOf/1/else/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/files",schemaPath:"#/allOf/1/else/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid2 = _errs15 === errors;
valid3 = _valid2;
if(valid3){
if(props2 !== true){
props2 = props2 || {};
props2.files = true;
}
}
}
if(!valid3){
const err13 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "code") || (key0 === "customer_code")) || (key0 === "id")) || (key0 === "reference")) || (key0 === "options")) || (key0 === "files")) || (key0 === "uploader")) || (key0 === "uploaders"))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 === "string"){
if(func2(data2) < 2){
const err15 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.customer_code !== undefined){
let data3 = data.customer_code;
if(typeof data3 === "string"){
if(func2(data3) < 2){
const err17 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err18 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.id !== undefined){
let data4 = data.id;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema66.properties.id.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.reference !== undefined){
let data5 = data.reference;
if(typeof data5 === "string"){
if(func2(data5) > 255){
const err20 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.options !== undefined){
let data6 = data.options;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.code === undefined){
const err22 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "code") || (key1 === "value"))){
const err23 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.code !== undefined){
let data8 = data7.code;
if(typeof data8 === "string"){
if(func2(data8) < 2){
const err24 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(((!((typeof data9 == "number") && (isFinite(data9)))) && (typeof data9 !== "string")) && (data9 !== null)){
const err26 = {instancePath:instancePath+"/options/" + i0+"/value",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.files !== undefined){
let data10 = data.files;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
if(!(func1.call(schema63.properties, key2))){
const err29 = {instancePath:instancePath+"/files/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.uri !== undefined){
if(typeof data11.uri !== "string"){
const err30 = {instancePath:instancePath+"/files/" + i1+"/uri",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.id !== undefined){
let data13 = data11.id;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err31 = {instancePath:instancePath+"/files/" + i1+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err32 = {instancePath:instancePath+"/files/" + i1+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data11.page !== undefined){
let data14 = data11.page;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err33 = {instancePath:instancePath+"/files/" + i1+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err34 = {instancePath:instancePath+"/files/" + i1+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.side !== undefined){
let data15 = data11.side;
if(!((data15 === "front") || (data15 === "back"))){
const err35 = {instancePath:instancePath+"/files/" + i1+"/side",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/side/enum",keyword:"enum",params:{allowedValues: schema63.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.amount !== undefined){
let data16 = data11.amount;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err36 = {instancePath:instancePath+"/files/" + i1+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/files/" + i1+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data11.rotation !== undefined){
let data17 = data11.rotation;
if(!((((data17 === 0) || (data17 === 90)) || (data17 === 180)) || (data17 === 270))){
const err38 = {instancePath:instancePath+"/files/" + i1+"/rotation",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/rotation/enum",keyword:"enum",params:{allowedValues: schema63.properties.rotation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.fill !== undefined){
if(typeof data11.fill !== "boolean"){
const err39 = {instancePath:instancePath+"/files/" + i1+"/fill",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/fill/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.fill_even !== undefined){
if(typeof data11.fill_even !== "boolean"){
const err40 = {instancePath:instancePath+"/files/" + i1+"/fill_even",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/fill_even/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.tiling !== undefined){
let data20 = data11.tiling;
if(!(((data20 === "none") || (data20 === "horizontal")) || (data20 === "vertical"))){
const err41 = {instancePath:instancePath+"/files/" + i1+"/tiling",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/tiling/enum",keyword:"enum",params:{allowedValues: schema63.properties.tiling.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.mirror !== undefined){
if(typeof data11.mirror !== "boolean"){
const err42 = {instancePath:instancePath+"/files/" + i1+"/mirror",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/mirror/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data11.pages !== undefined){
let data22 = data11.pages;
if(Array.isArray(data22)){
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.page === undefined){
const err43 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data23){
if(!(((((((key3 === "page") || (key3 === "side")) || (key3 === "amount")) || (key3 === "rotation")) || (key3 === "fill")) || (key3 === "tiling")) || (key3 === "mirror"))){
const err44 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data23.page !== undefined){
let data24 = data23.page;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err45 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err46 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data23.side !== undefined){
let data25 = data23.side;
if(!((data25 === "front") || (data25 === "back"))){
const err47 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/side",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/side/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data23.amount !== undefined){
let data26 = data23.amount;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err48 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err49 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data23.rotation !== undefined){
let data27 = data23.rotation;
if(!((((data27 === 0) || (data27 === 90)) || (data27 === 180)) || (data27 === 270))){
const err50 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/rotation",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/rotation/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.rotation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data23.fill !== undefined){
if(typeof data23.fill !== "boolean"){
const err51 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/fill",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/fill/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data23.tiling !== undefined){
let data29 = data23.tiling;
if(!(((data29 === "none") || (data29 === "horizontal")) || (data29 === "vertical"))){
const err52 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/tiling",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/tiling/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.tiling.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data23.mirror !== undefined){
if(typeof data23.mirror !== "boolean"){
const err53 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/mirror",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/mirror/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/files/" + i1+"/pages",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/files/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err57 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.uploader !== undefined){
if(typeof data.uploader !== "boolean"){
const err58 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.uploaders !== undefined){
let data32 = data.uploaders;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
let data33 = data32[i3];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.id === undefined){
const err59 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data33.external_id === undefined){
const err60 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key4 in data33){
if(!((key4 === "id") || (key4 === "external_id"))){
const err61 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data33.id !== undefined){
let data34 = data33.id;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err62 = {instancePath:instancePath+"/uploaders/" + i3+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data33.external_id !== undefined){
let data35 = data33.external_id;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err63 = {instancePath:instancePath+"/uploaders/" + i3+"/external_id",schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/properties/external_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/uploaders",schemaPath:"#/properties/uploaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-post.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reference === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.deliveries === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deliveries"},message:"must have required property '"+"deliveries"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.products === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern11.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[\\w-]+$"},message:"must match pattern \""+"^[\\w-]+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reference !== undefined){
let data1 = data.reference;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.order_type !== undefined){
let data2 = data.order_type;
if(!((data2 === "production") || (data2 === "test"))){
const err9 = {instancePath:instancePath+"/order_type",schemaPath:"#/properties/order_type/enum",keyword:"enum",params:{allowedValues: schema65.properties.order_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.project !== undefined){
if(typeof data.project !== "boolean"){
const err10 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.project_id !== undefined){
let data4 = data.project_id;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.contact_email !== undefined){
let data5 = data.contact_email;
if(typeof data5 === "string"){
if(func2(data5) < 5){
const err12 = {instancePath:instancePath+"/contact_email",schemaPath:"#/properties/contact_email/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/contact_email",schemaPath:"#/properties/contact_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.language !== undefined){
let data6 = data.language;
if(typeof data6 === "string"){
if(func2(data6) > 2){
const err14 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data6) < 2){
const err15 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.error_email_addresses !== undefined){
let data7 = data.error_email_addresses;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err17 = {instancePath:instancePath+"/error_email_addresses/" + i0,schemaPath:"#/properties/error_email_addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/error_email_addresses",schemaPath:"#/properties/error_email_addresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.callback_urls !== undefined){
let data9 = data.callback_urls;
const _errs29 = errors;
let valid3 = false;
const _errs30 = errors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(!pattern9.test(data10)){
const err19 = {instancePath:instancePath+"/callback_urls/" + i1,schemaPath:"#/properties/callback_urls/anyOf/0/items/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(formats0(data10))){
const err20 = {instancePath:instancePath+"/callback_urls/" + i1,schemaPath:"#/properties/callback_urls/anyOf/0/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/callback_urls/" + i1,schemaPath:"#/properties/callback_urls/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid3 = valid3 || _valid0;
const _errs36 = errors;
if(typeof data9 !== "string"){
const err23 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs36 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err24 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data.deliveries !== undefined){
let data11 = data.deliveries;
if(Array.isArray(data11)){
if(data11.length < 1){
const err25 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate43(data11[i2], {instancePath:instancePath+"/deliveries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.products !== undefined){
let data13 = data.products;
if(Array.isArray(data13)){
if(data13.length < 1){
const err27 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
if(!(validate48(data13[i3], {instancePath:instancePath+"/products/" + i3,parentData:data13,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"id":true,"reference":true,"order_type":true,"project":true,"project_id":true,"contact_email":true,"language":true,"error_email_addresses":true,"callback_urls":true,"deliveries":true,"products":true},"dynamicProps":false,"dynamicItems":false};

