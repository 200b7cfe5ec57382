/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/callbacks/logistics.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate82;
const schema111 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/logistics.schema.json","title":"LogisticsCallback","description":"Callback for `logistics`: being prepared for shipment. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":50,"rank":3,"setBy":"Probo","meaning":"Being prepared for shipment","happyPath":true,"next":[{"to":"shipment_created","provenance":"invented","why":"The order of the statuses in Probo's order-status guide, which lists them without saying which follows which"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"logistics","description":"Always `logistics`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Order in logistics\").","x-provenance":"invented","examples":["Order in logistics"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"logistics","message":"Order in logistics","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"}}]};
const schema54 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/order-reference.schema.json","title":"OrderReference","description":"The order a callback is about. `id` is the shop's own order id (\"we always try\" to send it, says the guide); `supplier_order_number` is Probo's number, present from `accepted` on.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"The order id the shop sent in its order post.","x-provenance":"documented","examples":["my_weborder_1234"]},"reference":{"type":"string","description":"The shop's free-text reference of the order post.","x-provenance":"documented","examples":["Banner 510 for customer X"]},"supplier_order_number":{"type":"integer","minimum":1,"description":"Probo's order number; added to callback data in the changelog, shown from `accepted` on.","x-provenance":"documented","examples":[202012345]},"status_page_url":{"type":"string","format":"uri","pattern":"^https?://","description":"The public print status page of the order (changelog: \"print status page URL\").","x-provenance":"documented","examples":["https://print-status.com/1240176000/26436785d82dc14f2b2e36asds274149ca52354bb134473cfc72ec68e291d1c"]}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern9 = new RegExp("^https?://", "u");

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/logistics.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
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
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.order === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "status") || (key0 === "message")) || (key0 === "order"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.status !== undefined){
if("logistics" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "logistics"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err5 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.order !== undefined){
let data2 = data.order;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err6 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "id") || (key1 === "reference")) || (key1 === "supplier_order_number")) || (key1 === "status_page_url"))){
const err7 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.reference !== undefined){
if(typeof data2.reference !== "string"){
const err10 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.supplier_order_number !== undefined){
let data5 = data2.supplier_order_number;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data2.status_page_url !== undefined){
let data6 = data2.status_page_url;
if(typeof data6 === "string"){
if(!pattern9.test(data6)){
const err13 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data6))){
const err14 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

