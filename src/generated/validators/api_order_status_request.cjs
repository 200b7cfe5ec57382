/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/order-status-request.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate55;
const schema79 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-status-request.schema.json","title":"OrderStatusRequest","description":"The body of `POST /order/status`: one to five orders (\"Max 5 orders\"). The specification's top level is open.","x-provenance":"documented","type":"object","required":["orders"],"properties":{"orders":{"type":"array","minItems":1,"maxItems":5,"items":{"$ref":"https://probo-mock.dev/schemas/api/order-selector.schema.json"},"description":"The orders to look up (one to five). An order named twice is listed once in the answer.","x-provenance":"documented"}}};
const schema73 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-selector.schema.json","title":"OrderSelector","description":"One order of a `POST /order/status` request, named by `id`, `supplier_order_number` or `reference` (\"not recommended\", docs). `id` and `supplier_order_number` may be integers or strings: the docs' own example sends the number as a string (\"1230273927\"). The specification keeps the object open (`minProperties: 1`); the docs say it \"should contain one of the following properties\", so the mock requires one of the three. With several, an order must match all of them (invented).","x-provenance":"documented","type":"object","minProperties":1,"properties":{"id":{"type":["integer","string"],"description":"The shop's order id (the `id` of the order post).","x-provenance":"documented"},"supplier_order_number":{"type":["integer","string"],"description":"Probo's order number, as a number or its digits as a string.","x-provenance":"documented"},"reference":{"type":"string","description":"The order post's reference (not unique: the first order with it).","x-provenance":"documented"}},"anyOf":[{"required":["id"],"properties":{"id":true}},{"required":["supplier_order_number"],"properties":{"supplier_order_number":true}},{"required":["reference"],"properties":{"reference":true}}]};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-status-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orders === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.orders !== undefined){
let data0 = data.orders;
if(Array.isArray(data0)){
if(data0.length > 5){
const err1 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err3 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/anyOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.id = true;
}
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.supplier_order_number === undefined){
const err4 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/anyOf/1/required",keyword:"required",params:{missingProperty: "supplier_order_number"},message:"must have required property '"+"supplier_order_number"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.supplier_order_number = true;
}
}
const _errs11 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.reference === undefined){
const err5 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/anyOf/2/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.reference = true;
}
}
if(!valid4){
const err6 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(Object.keys(data1).length < 1){
const err7 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.supplier_order_number = true;
props0.reference = true;
}
if(data1.id !== undefined){
let data2 = data1.id;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
const err8 = {instancePath:instancePath+"/orders/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/properties/id/type",keyword:"type",params:{type: schema73.properties.id.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.supplier_order_number !== undefined){
let data3 = data1.supplier_order_number;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
const err9 = {instancePath:instancePath+"/orders/" + i0+"/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: schema73.properties.supplier_order_number.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.reference !== undefined){
if(typeof data1.reference !== "string"){
const err10 = {instancePath:instancePath+"/orders/" + i0+"/reference",schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-selector.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err12 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":{"orders":true},"dynamicProps":false,"dynamicItems":false};

