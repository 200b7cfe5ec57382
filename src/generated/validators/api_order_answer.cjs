/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/order-answer.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate38;
const schema53 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-answer.schema.json","title":"OrderAccepted","description":"The HTTP 202 answer to `POST /order`: the same body as the `queued` callback, without `supplier_order_number` (observed). The sources disagree on the status word: the specification's example (2020) says `\"status\": \"order_queued\"`, the newer Anypoint page (\"the response payload on POST /order will be like\") and the callbacks guide say `queued`, after the changelog removed the `order_` prefix. The mock follows the newer source: `queued`. An order with `\"uploader\": true` products also gets `uploaders`, its uploader sessions: the uploader guide says \"The URL to the uploader session(s) will be returned in order response\" (documented) but shows no example, so the key and item shape (those of `POST /products/uploader/create`) are invented.","x-provenance":"documented","if":{"type":"object","required":["uploaders"],"properties":{"uploaders":true}},"then":{"type":"object","additionalProperties":false,"required":["status","message","order","uploaders"],"properties":{"status":{"const":"queued","description":"Always `queued`.","x-provenance":"documented"},"message":{"type":"string","description":"\"Order queued\".","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order.","x-provenance":"documented"},"uploaders":{"type":"array","minItems":1,"description":"The order's uploader sessions; the order waits at queued until every one is confirmed (invented key and shape).","x-provenance":"invented","items":{"$ref":"https://probo-mock.dev/schemas/api/uploader-session.schema.json"}}}},"else":{"$ref":"https://probo-mock.dev/schemas/callbacks/queued.schema.json"}};
const schema54 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/order-reference.schema.json","title":"OrderReference","description":"The order a callback is about. `id` is the shop's own order id (\"we always try\" to send it, says the guide); `supplier_order_number` is Probo's number, present from `accepted` on.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"The order id the shop sent in its order post.","x-provenance":"documented","examples":["my_weborder_1234"]},"reference":{"type":"string","description":"The shop's free-text reference of the order post.","x-provenance":"documented","examples":["Banner 510 for customer X"]},"supplier_order_number":{"type":"integer","minimum":1,"description":"Probo's order number; added to callback data in the changelog, shown from `accepted` on.","x-provenance":"documented","examples":[202012345]},"status_page_url":{"type":"string","format":"uri","pattern":"^https?://","description":"The public print status page of the order (changelog: \"print status page URL\").","x-provenance":"documented","examples":["https://print-status.com/1240176000/26436785d82dc14f2b2e36asds274149ca52354bb134473cfc72ec68e291d1c"]}}};
const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-session.schema.json","title":"UploaderSession","description":"An uploader session: what `POST /products/uploader/create` answers for each product (and the 202 of an order with `\"uploader\": true`).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["product_id","id","external_id","url"],"properties":{"product_id":{"type":"integer","description":"The product it uploads for.","x-provenance":"documented"},"id":{"type":"integer","description":"Session id.","x-provenance":"documented"},"external_id":{"type":"integer","description":"External id, needed with `id` in the order's `uploaders` (docs uploader guide; not in the spec answer).","x-provenance":"documented"},"url":{"type":"string","description":"The session page: on the mock itself (`/uploader/{id}?token=…`; invented, Probo's is print-uploader.com).","x-provenance":"documented"}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern9 = new RegExp("^https?://", "u");
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/queued.schema.json","title":"QueuedCallback","description":"Callback for `queued`: order received and queued, files not yet fetched. Shaped exactly as the callbacks guide shows it.","x-provenance":"documented","x-status":{"order":10,"rank":0,"setBy":"Probo","meaning":"Order received and queued, files not yet fetched","happyPath":true,"next":[{"to":"accepted","provenance":"documented","why":"Callbacks guide: the queued example, then 'When your order is accepted, you will receive a message that the order is accepted'"},{"to":"not_accepted","provenance":"documented","why":"Callbacks guide: a duplicate order id, or a file that fails download or preflight 'after queued and before accepted', gives not_accepted"},{"to":"canceled","provenance":"documented","why":"API docs: there is no sandbox; an order with order_type test is canceled by Probo on receipt"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"queued","description":"Always `queued`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; the guide shows \"Order queued\".","x-provenance":"documented","examples":["Order queued"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"queued","message":"Order queued","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X"}}]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/queued.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
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
if("queued" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "queued"},message:"must be equal to constant"};
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
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-answer.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.uploaders === undefined) && (missing0 = "uploaders")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.message === undefined){
const err3 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.order === undefined){
const err4 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.uploaders === undefined){
const err5 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "uploaders"},message:"must have required property '"+"uploaders"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "order")) || (key0 === "uploaders"))){
const err6 = {instancePath,schemaPath:"#/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
if("queued" !== data.status){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/then/properties/status/const",keyword:"const",params:{allowedValue: "queued"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/then/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.order !== undefined){
let data2 = data.order;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err9 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "id") || (key1 === "reference")) || (key1 === "supplier_order_number")) || (key1 === "status_page_url"))){
const err10 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.reference !== undefined){
if(typeof data2.reference !== "string"){
const err13 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.supplier_order_number !== undefined){
let data5 = data2.supplier_order_number;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data2.status_page_url !== undefined){
let data6 = data2.status_page_url;
if(typeof data6 === "string"){
if(!pattern9.test(data6)){
const err16 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(formats0(data6))){
const err17 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err18 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.uploaders !== undefined){
let data7 = data.uploaders;
if(Array.isArray(data7)){
if(data7.length < 1){
const err20 = {instancePath:instancePath+"/uploaders",schemaPath:"#/then/properties/uploaders/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.product_id === undefined){
const err21 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "product_id"},message:"must have required property '"+"product_id"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.id === undefined){
const err22 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.external_id === undefined){
const err23 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8.url === undefined){
const err24 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data8){
if(!((((key2 === "product_id") || (key2 === "id")) || (key2 === "external_id")) || (key2 === "url"))){
const err25 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.product_id !== undefined){
let data9 = data8.product_id;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/uploaders/" + i0+"/product_id",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.id !== undefined){
let data10 = data8.id;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err27 = {instancePath:instancePath+"/uploaders/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.external_id !== undefined){
let data11 = data8.external_id;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/uploaders/" + i0+"/external_id",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/external_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.url !== undefined){
if(typeof data8.url !== "string"){
const err29 = {instancePath:instancePath+"/uploaders/" + i0+"/url",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err30 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/uploaders",schemaPath:"#/then/properties/uploaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err32 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs49 = errors;
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var _valid0 = _errs49 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err33 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate38.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":true,"dynamicItems":false};

