/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/order-delivery.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate43;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-delivery.schema.json","title":"OrderDelivery","description":"One delivery of an order post. The specification allows six closed alternatives: one date key (`delivery_date`, `delivery_date_preset` or `shipping_date`) with one method key (`shipping_method_code` or `shipping_method_preset`); `carrier_code` only with `shipping_method_preset`, `shipping_label_url` only with `shipping_method_code`. Written here as one closed object with those rules, so that a refusal names one clear problem: \"a delivery needs one of delivery_date, delivery_date_preset, shipping_date and one of shipping_method_code, shipping_method_preset\". An address alone is refused, as Probo does (observed: 400 \"required key [shipping_method_preset] not found\").","x-provenance":"documented","type":"object","additionalProperties":false,"required":["address"],"properties":{"address":{"$ref":"https://probo-mock.dev/schemas/api/order-address.schema.json","description":"Where the delivery goes.","x-provenance":"documented"},"sender_address":{"$ref":"https://probo-mock.dev/schemas/api/order-sender-address.schema.json","description":"Optional sender shown on the label (the docs' \"sender object\"; \"The carrier will determine if and which data to use\"). The key is `sender_address`, as in the specification (the docs page's own example is not public); a delivery with `sender` is refused, pointing here.","x-provenance":"documented"},"delivery_date":{"type":"string","format":"date","description":"\"Date the order should be delivered.\"","x-provenance":"documented","examples":["2020-08-12"]},"delivery_date_preset":{"type":"string","minLength":1,"description":"Name of a preset that picks the delivery date. A free string: \"Please contact Probo for a list of presets\"; the docs name `cheapest` and `fastest`, shops also send `first_possible` (observed).","x-provenance":"documented","examples":["cheapest","fastest","first_possible"]},"shipping_date":{"type":"string","format":"date","description":"The date the order should ship.","x-provenance":"documented"},"shipping_method_code":{"type":"string","minLength":1,"description":"\"Code of the shipping method to be used for shipping the order. Please contact Probo for a list of codes.\"","x-provenance":"documented","examples":["onbezorgd-standard","dhl-standard"]},"shipping_method_preset":{"type":"string","minLength":1,"description":"Name of a preset that picks the shipping method. A free string; the docs name `cheapest` and `fastest`.","x-provenance":"documented","examples":["cheapest","fastest"]},"carrier_code":{"type":"string","description":"\"Code of the carrier to be used for shipping the order.\" Only together with `shipping_method_preset` (\"The option carrier_code only works together with presets\").","x-provenance":"documented","examples":["onb"]},"shipping_label_url":{"type":"string","description":"A shipping label of your own; only together with `shipping_method_code`.","x-provenance":"documented"},"packing_slip_urls":{"type":"array","items":{"type":"string","description":"The URL of a packing slip.","x-provenance":"documented"},"description":"Packing slips to put in the parcel.","x-provenance":"documented"}},"oneOf":[{"required":["delivery_date","shipping_method_code"],"properties":{"delivery_date":true,"shipping_method_code":true}},{"required":["delivery_date","shipping_method_preset"],"properties":{"delivery_date":true,"shipping_method_preset":true}},{"required":["delivery_date_preset","shipping_method_code"],"properties":{"delivery_date_preset":true,"shipping_method_code":true}},{"required":["delivery_date_preset","shipping_method_preset"],"properties":{"delivery_date_preset":true,"shipping_method_preset":true}},{"required":["shipping_date","shipping_method_code"],"properties":{"shipping_date":true,"shipping_method_code":true}},{"required":["shipping_date","shipping_method_preset"],"properties":{"shipping_date":true,"shipping_method_preset":true}}],"dependentRequired":{"carrier_code":["shipping_method_preset"],"shipping_label_url":["shipping_method_code"]}};
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-address.schema.json","title":"Address","description":"The recipient of a delivery (closed, as in the specification), or `{\"id\": N}` for an address of the address book (\"not yet supported\"). Required fields: the specification requires `company_name`, `first_name`, `street`, `postal_code`, `city` and `country`; the newer delivery docs page requires `first_name`, `last_name`, `street`, `house_number`, `postal_code`, `city` and `country` and makes `company_name` optional. The mock follows the docs (newer).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"description":"\"Id of the address in the addressbook (not yet supported).\" Alone: no other field with it.","x-provenance":"documented"},"company_name":{"type":"string","description":"\"Company name of the addressee.\" (the docs example sends \"\").","x-provenance":"documented"},"first_name":{"type":"string","description":"First name of the addressee.","x-provenance":"documented"},"last_name":{"type":"string","description":"Last name of the addressee.","x-provenance":"documented"},"street":{"type":"string","description":"Street name of the delivery address.","x-provenance":"documented"},"house_number":{"type":["string","integer"],"description":"House number of the delivery address: a string (\"17\", the specification's example) or an integer (17, the docs' example).","x-provenance":"documented"},"addition":{"type":"string","description":"Addition to the house number (\"A\", \"bis\", …).","x-provenance":"documented"},"postal_code":{"type":"string","description":"Postal code, e.g. \"9101PE\".","x-provenance":"documented"},"city":{"type":"string","description":"City of delivery.","x-provenance":"documented"},"country":{"type":"string","minLength":2,"maxLength":2,"description":"Country of delivery, two characters (\"NL\"; the specification checks no more).","x-provenance":"documented"},"phone":{"type":"string","description":"Phone number of the addressee.","x-provenance":"documented"},"email":{"type":"string","description":"E-mail address of the addressee (no format in the specification).","x-provenance":"documented"}},"if":{"required":["id"],"properties":{"id":true}},"then":{"maxProperties":1},"else":{"required":["first_name","last_name","street","house_number","postal_code","city","country"],"properties":{"first_name":true,"last_name":true,"street":true,"house_number":true,"postal_code":true,"city":true,"country":true}}};
const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-sender-address.schema.json","title":"SenderAddress","description":"`sender_address` of a delivery: the sending party some carriers print (\"a sender object … optional and not required\", docs). The specification names it `sender_address` and allows a full address (requiring `company_name`, `first_name`, `street`, `house_number`, `postal_code`, `city`, `country`) or an address-book `{\"id\", \"house_number\"}`; both open.","x-provenance":"documented","type":"object","properties":{"id":{"type":"integer","minimum":1,"description":"\"Id of the address in the addressbook (not yet supported).\"","x-provenance":"documented"},"company_name":{"type":"string","description":"Company name of the sender.","x-provenance":"documented"},"first_name":{"type":"string","description":"First name of the sender.","x-provenance":"documented"},"last_name":{"type":"string","description":"Last name of the sender.","x-provenance":"documented"},"street":{"type":"string","description":"Street name.","x-provenance":"documented"},"house_number":{"type":["string","integer"],"description":"House number: a string or an integer.","x-provenance":"documented"},"addition":{"type":"string","description":"Addition to the house number.","x-provenance":"documented"},"postal_code":{"type":"string","description":"Postal code.","x-provenance":"documented"},"city":{"type":"string","description":"City.","x-provenance":"documented"},"country":{"type":"string","minLength":2,"maxLength":2,"description":"Country, two characters.","x-provenance":"documented"},"phone":{"type":"string","description":"Phone number.","x-provenance":"documented"},"email":{"type":"string","description":"E-mail address.","x-provenance":"documented"}},"if":{"required":["id"],"properties":{"id":true}},"then":{"required":["id","house_number"],"properties":{"id":true,"house_number":true}},"else":{"required":["company_name","first_name","street","house_number","postal_code","city","country"],"properties":{"company_name":true,"first_name":true,"street":true,"house_number":true,"postal_code":true,"city":true,"country":true}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
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

