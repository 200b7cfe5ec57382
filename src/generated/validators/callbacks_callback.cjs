/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/callbacks/callback.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate73;
const schema103 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/callback.schema.json","title":"ProboCallback","description":"Any order status callback Probo pushes to the `callback_urls` of an order post. The body is judged by its `status` (and, for `not_accepted`, by the presence of `file`) against exactly one message schema.","x-provenance":"documented","type":"object","required":["status"],"properties":{"status":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"Which message this is.","x-provenance":"documented"}},"$comment":"The allOf union is generated from the message schemas of this folder by `npm run generate`; the rest is hand-kept.","allOf":[{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"queued"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/queued.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"accepted"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/accepted.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"not_accepted"},"file":true},"not":{"type":"object","required":["file"],"properties":{"file":true}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/not-accepted-duplicate-order.schema.json"}},{"if":{"type":"object","required":["status","file"],"properties":{"status":{"const":"not_accepted"},"file":true}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/not-accepted-file-rejected.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"in_production"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/in-production.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"logistics"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/logistics.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_created"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-created.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_scanned_by_carrier"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-scanned-by-carrier.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_in_transit"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-in-transit.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_delayed"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-delayed.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_returned"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-returned.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_exception"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-exception.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_not_at_home"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-not-at-home.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_available_at_pickup_point"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_picked_up"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-picked-up.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_delivered"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-delivered.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"canceled"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/canceled.schema.json"}}]};
const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/status.schema.json","title":"ProboStatusName","description":"An order status as Probo pushes it. The changelog removed the `order_` prefix: `order_accepted` and the like are not current statuses. `canceled` has one \"l\".","x-provenance":"documented","type":"string","$comment":"The enum is generated from schemas/callbacks/ by `npm run generate`; the rest is hand-kept.","enum":["queued","accepted","not_accepted","in_production","logistics","shipment_created","shipment_scanned_by_carrier","shipment_in_transit","shipment_delayed","shipment_returned","shipment_exception","shipment_not_at_home","shipment_available_at_pickup_point","shipment_picked_up","shipment_delivered","canceled"]};
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/queued.schema.json","title":"QueuedCallback","description":"Callback for `queued`: order received and queued, files not yet fetched. Shaped exactly as the callbacks guide shows it.","x-provenance":"documented","x-status":{"order":10,"rank":0,"setBy":"Probo","meaning":"Order received and queued, files not yet fetched","happyPath":true,"next":[{"to":"accepted","provenance":"documented","why":"Callbacks guide: the queued example, then 'When your order is accepted, you will receive a message that the order is accepted'"},{"to":"not_accepted","provenance":"documented","why":"Callbacks guide: a duplicate order id, or a file that fails download or preflight 'after queued and before accepted', gives not_accepted"},{"to":"canceled","provenance":"documented","why":"API docs: there is no sandbox; an order with order_type test is canceled by Probo on receipt"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"queued","description":"Always `queued`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; the guide shows \"Order queued\".","x-provenance":"documented","examples":["Order queued"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"queued","message":"Order queued","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X"}}]};
const schema54 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/order-reference.schema.json","title":"OrderReference","description":"The order a callback is about. `id` is the shop's own order id (\"we always try\" to send it, says the guide); `supplier_order_number` is Probo's number, present from `accepted` on.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"The order id the shop sent in its order post.","x-provenance":"documented","examples":["my_weborder_1234"]},"reference":{"type":"string","description":"The shop's free-text reference of the order post.","x-provenance":"documented","examples":["Banner 510 for customer X"]},"supplier_order_number":{"type":"integer","minimum":1,"description":"Probo's order number; added to callback data in the changelog, shown from `accepted` on.","x-provenance":"documented","examples":[202012345]},"status_page_url":{"type":"string","format":"uri","pattern":"^https?://","description":"The public print status page of the order (changelog: \"print status page URL\").","x-provenance":"documented","examples":["https://print-status.com/1240176000/26436785d82dc14f2b2e36asds274149ca52354bb134473cfc72ec68e291d1c"]}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern9 = new RegExp("^https?://", "u");

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

const schema101 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/accepted.schema.json","title":"AcceptedCallback","description":"Callback for `accepted`: order accepted. Shaped exactly as the callbacks guide shows it.","x-provenance":"documented","x-status":{"order":20,"rank":1,"setBy":"Probo","meaning":"Order accepted","happyPath":true,"next":[{"to":"canceled","provenance":"documented","why":"Order-status guide: an order in_production 'cannot be canceled anymore'; POST /order/cancel refuses 'because order status is: production', so an accepted order can be canceled"},{"to":"in_production","provenance":"invented","why":"The order of the statuses in Probo's order-status guide, which lists them without saying which follows which"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"accepted","description":"Always `accepted`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; the guide shows \"Order accepted\".","x-provenance":"documented","examples":["Order accepted"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"accepted","message":"Order accepted","order":{"id":"my_weborder_1234","supplier_order_number":202012345,"reference":"Banner 510 for customer X"}}]};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/accepted.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
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
if("accepted" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "accepted"},message:"must be equal to constant"};
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
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema104 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/not-accepted-duplicate-order.schema.json","title":"NotAcceptedDuplicateOrderCallback","description":"Callback for `not_accepted` because an order with the same id already exists; the reason is in `message`. The order is still queued first. Shaped exactly as the callbacks guide shows it.","x-provenance":"documented","x-variant":{"name":"duplicate-order","when":{"lacks":"file"},"message":"Order not accepted, reason: | Order with customer order id '{id}' for customer '{customer}' already exist"},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"not_accepted","description":"Always `not_accepted`.","x-provenance":"documented"},"message":{"type":"string","description":"The reason, e.g. \"Order not accepted, reason: | Order with customer order id '…' for customer '…' already exist\".","x-provenance":"documented","examples":["Order not accepted, reason: | Order with customer order id 'my_weborder_1234' for customer '9999' already exist"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"not_accepted","message":"Order not accepted, reason: | Order with customer order id 'my_weborder_1234' for customer '9999' already exist","order":{"id":"my_weborder_1234","reference":"Banner 610 for customer X"}}]};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/not-accepted-duplicate-order.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
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
if("not_accepted" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "not_accepted"},message:"must be equal to constant"};
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
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema106 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/not-accepted-file-rejected.schema.json","title":"NotAcceptedFileRejectedCallback","description":"Callback for `not_accepted` because a file failed download or preflight (for example a missing or not-allowed spot colour); sent between `queued` and `accepted`. Shaped exactly as the callbacks guide shows it.","x-provenance":"documented","x-variant":{"name":"file-rejected","when":{"has":"file"},"message":"File rejected, could not be processed"},"x-status":{"order":30,"rank":1,"setBy":"Probo","meaning":"Duplicate order id, or a file failed download/preflight","terminal":true,"tone":"warn"},"type":"object","additionalProperties":false,"required":["status","message","file","order"],"properties":{"status":{"const":"not_accepted","description":"Always `not_accepted`.","x-provenance":"documented"},"message":{"type":"string","description":"The guide shows \"File rejected, could not be processed\".","x-provenance":"documented","examples":["File rejected, could not be processed"]},"file":{"$ref":"https://probo-mock.dev/schemas/common/file-reference.schema.json","description":"The rejected file.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"not_accepted","message":"File rejected, could not be processed","file":{"id":1},"order":{"id":"my_weborder_1234","reference":"Banner 610 for customer X"}}]};
const schema107 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/file-reference.schema.json","title":"FileReference","description":"The file of the order that failed download or preflight.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"integer","minimum":1,"description":"The number of the rejected file.","x-provenance":"documented","examples":[1]}}};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/not-accepted-file-rejected.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
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
if(data.file === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.order === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "file")) || (key0 === "order"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
if("not_accepted" !== data.status){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "not_accepted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err6 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.file !== undefined){
let data2 = data.file;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err7 = {instancePath:instancePath+"/file",schemaPath:"https://probo-mock.dev/schemas/common/file-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "id")){
const err8 = {instancePath:instancePath+"/file",schemaPath:"https://probo-mock.dev/schemas/common/file-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/file/id",schemaPath:"https://probo-mock.dev/schemas/common/file-reference.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/file/id",schemaPath:"https://probo-mock.dev/schemas/common/file-reference.schema.json/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err11 = {instancePath:instancePath+"/file",schemaPath:"https://probo-mock.dev/schemas/common/file-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.order !== undefined){
let data4 = data.order;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err12 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data4){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err13 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.reference !== undefined){
if(typeof data4.reference !== "string"){
const err16 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.supplier_order_number !== undefined){
let data7 = data4.supplier_order_number;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data4.status_page_url !== undefined){
let data8 = data4.status_page_url;
if(typeof data8 === "string"){
if(!pattern9.test(data8)){
const err19 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(formats0(data8))){
const err20 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err21 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema109 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/in-production.schema.json","title":"InProductionCallback","description":"Callback for `in_production`: being produced; can no longer be canceled. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":40,"rank":2,"setBy":"Probo","meaning":"Being produced; can no longer be canceled","happyPath":true,"next":[{"to":"logistics","provenance":"invented","why":"The order of the statuses in Probo's order-status guide, which lists them without saying which follows which"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"in_production","description":"Always `in_production`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Order in production\").","x-provenance":"invented","examples":["Order in production"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"in_production","message":"Order in production","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"}}]};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/in-production.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
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
if("in_production" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "in_production"},message:"must be equal to constant"};
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
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema111 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/logistics.schema.json","title":"LogisticsCallback","description":"Callback for `logistics`: being prepared for shipment. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":50,"rank":3,"setBy":"Probo","meaning":"Being prepared for shipment","happyPath":true,"next":[{"to":"shipment_created","provenance":"invented","why":"The order of the statuses in Probo's order-status guide, which lists them without saying which follows which"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"logistics","description":"Always `logistics`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Order in logistics\").","x-provenance":"invented","examples":["Order in logistics"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"logistics","message":"Order in logistics","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"}}]};

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

const schema113 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-created.schema.json","title":"ShipmentCreatedCallback","description":"Callback for `shipment_created`: announced to the carrier; track and trace often available. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":60,"rank":4,"setBy":"Probo / carrier","meaning":"Announced to the carrier; track and trace often available","happyPath":true,"next":[{"to":"shipment_scanned_by_carrier","provenance":"invented","why":"The order of the statuses in Probo's order-status guide, which lists them without saying which follows which"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_created","description":"Always `shipment_created`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Created\").","x-provenance":"invented","examples":["Shipment Created"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_created","message":"Shipment Created","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};
const schema114 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/shipped-package.schema.json","title":"ShippedPackage","description":"One shipped package with its carrier track and trace data (\"per the shipped package, a tracking URL and barcode is returned\").","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id","tracking_url","barcode"],"properties":{"id":{"type":"string","minLength":1,"description":"The package number within the order, as a string (\"1\", \"2\", …).","x-provenance":"documented","examples":["1"]},"tracking_url":{"type":"string","format":"uri","pattern":"^https?://","description":"The carrier's track and trace page for this package.","x-provenance":"documented","examples":["https://my.dhlparcel.nl/home/tracktrace/JVGL88888888888881/9999+AA?lang=nl_NL"]},"barcode":{"type":"string","minLength":1,"description":"The carrier barcode of the package.","x-provenance":"documented","examples":["JVGL88888888888881"]}}};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-created.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_created" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_created"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema116 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-scanned-by-carrier.schema.json","title":"ShipmentScannedByCarrierCallback","description":"Callback for `shipment_scanned_by_carrier`: scanned at a carrier depot. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":70,"rank":5,"setBy":"carrier","meaning":"Scanned at a carrier depot","happyPath":true,"next":[{"to":"shipment_in_transit","provenance":"invented","why":"The order of the statuses in Probo's order-status guide, which lists them without saying which follows which"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_scanned_by_carrier","description":"Always `shipment_scanned_by_carrier`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Scanned By Carrier\").","x-provenance":"invented","examples":["Shipment Scanned By Carrier"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_scanned_by_carrier","message":"Shipment Scanned By Carrier","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-scanned-by-carrier.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_scanned_by_carrier" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_scanned_by_carrier"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema119 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-in-transit.schema.json","title":"ShipmentInTransitCallback","description":"Callback for `shipment_in_transit`: on its way. Shaped exactly as the callbacks guide shows it.","x-provenance":"documented","x-status":{"order":80,"rank":6,"setBy":"carrier","meaning":"On its way","sideways":{"provenance":"invented","why":"Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state"},"happyPath":true,"next":[{"to":"shipment_delivered","provenance":"invented","why":"A carrier may deliver after any of its transport events; the guide says nothing about order"},{"to":"shipment_returned","provenance":"invented","why":"Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_in_transit","description":"Always `shipment_in_transit`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; the guide shows \"Shipment In Transit\".","x-provenance":"documented","examples":["Shipment In Transit"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_in_transit","message":"Shipment In Transit","order":{"id":"my_weborder_1234","reference":"Banner 610 for customer X","supplier_order_number":1240176000,"status_page_url":"https://print-status.com/1240176000/26436785d82dc14f2b2e36asds274149ca52354bb134473cfc72ec68e291d1c"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL88888888888881/9999+AA?lang=nl_NL","barcode":"JVGL88888888888881"},{"id":"2","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL0573517001648303/9999+AA?lang=nl_NL","barcode":"JVGL88888888888882"}]}]};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-in-transit.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_in_transit" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_in_transit"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema122 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-delayed.schema.json","title":"ShipmentDelayedCallback","description":"Callback for `shipment_delayed`: on its way, will miss the delivery window. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":90,"rank":6,"setBy":"carrier","meaning":"On its way, will miss the delivery window","sideways":{"provenance":"invented","why":"Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state"},"next":[{"to":"shipment_delivered","provenance":"invented","why":"A carrier may deliver after any of its transport events; the guide says nothing about order"},{"to":"shipment_returned","provenance":"invented","why":"Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_delayed","description":"Always `shipment_delayed`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Delayed\").","x-provenance":"invented","examples":["Shipment Delayed"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_delayed","message":"Shipment Delayed","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-delayed.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_delayed" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_delayed"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema125 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-returned.schema.json","title":"ShipmentReturnedCallback","description":"Callback for `shipment_returned`: returned to the depot. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":100,"rank":7,"setBy":"carrier","meaning":"Returned to the depot","terminal":true,"tone":"warn"},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_returned","description":"Always `shipment_returned`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Returned\").","x-provenance":"invented","examples":["Shipment Returned"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_returned","message":"Shipment Returned","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-returned.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_returned" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_returned"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema128 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-exception.schema.json","title":"ShipmentExceptionCallback","description":"Callback for `shipment_exception`: something went wrong in transport. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":110,"rank":6,"setBy":"carrier","meaning":"Something went wrong in transport","sideways":{"provenance":"invented","why":"Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state"},"next":[{"to":"shipment_delivered","provenance":"invented","why":"A carrier may deliver after any of its transport events; the guide says nothing about order"},{"to":"shipment_returned","provenance":"invented","why":"Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event"}],"tone":"warn"},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_exception","description":"Always `shipment_exception`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Exception\").","x-provenance":"invented","examples":["Shipment Exception"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_exception","message":"Shipment Exception","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-exception.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_exception" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_exception"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema131 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-not-at-home.schema.json","title":"ShipmentNotAtHomeCallback","description":"Callback for `shipment_not_at_home`: nobody there to receive it. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":120,"rank":6,"setBy":"carrier","meaning":"Nobody there to receive it","sideways":{"provenance":"invented","why":"Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state"},"next":[{"to":"shipment_delivered","provenance":"invented","why":"A carrier may deliver after any of its transport events; the guide says nothing about order"},{"to":"shipment_returned","provenance":"invented","why":"Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_not_at_home","description":"Always `shipment_not_at_home`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Not At Home\").","x-provenance":"invented","examples":["Shipment Not At Home"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_not_at_home","message":"Shipment Not At Home","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-not-at-home.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_not_at_home" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_not_at_home"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema134 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json","title":"ShipmentAvailableAtPickupPointCallback","description":"Callback for `shipment_available_at_pickup_point`: waiting at a pickup point. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":130,"rank":6,"setBy":"carrier","meaning":"Waiting at a pickup point","sideways":{"provenance":"invented","why":"Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state"},"next":[{"to":"shipment_picked_up","provenance":"invented","why":"The order-status guide's words ('picked up from the pickup point') suggest it; the guide says nothing about order"},{"to":"shipment_returned","provenance":"invented","why":"Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event"},{"to":"shipment_delivered","provenance":"invented","why":"A carrier may deliver after any of its transport events; the guide says nothing about order"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_available_at_pickup_point","description":"Always `shipment_available_at_pickup_point`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Available At Pickup Point\").","x-provenance":"invented","examples":["Shipment Available At Pickup Point"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_available_at_pickup_point","message":"Shipment Available At Pickup Point","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_available_at_pickup_point" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_available_at_pickup_point"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema137 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-picked-up.schema.json","title":"ShipmentPickedUpCallback","description":"Callback for `shipment_picked_up`: collected at the pickup point. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":140,"rank":8,"setBy":"carrier","meaning":"Collected at the pickup point","terminal":true,"tone":"done"},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_picked_up","description":"Always `shipment_picked_up`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Picked Up\").","x-provenance":"invented","examples":["Shipment Picked Up"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_picked_up","message":"Shipment Picked Up","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-picked-up.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_picked_up" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_picked_up"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema140 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-delivered.schema.json","title":"ShipmentDeliveredCallback","description":"Callback for `shipment_delivered`: delivered. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":150,"rank":8,"setBy":"carrier","meaning":"Delivered","terminal":true,"happyPath":true,"tone":"done"},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_delivered","description":"Always `shipment_delivered`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Delivered\").","x-provenance":"invented","examples":["Shipment Delivered"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_delivered","message":"Shipment Delivered","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/shipment-delivered.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
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
if(!((((key0 === "status") || (key0 === "message")) || (key0 === "shipped_packages")) || (key0 === "order"))){
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
if("shipment_delivered" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "shipment_delivered"},message:"must be equal to constant"};
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
if(data.shipped_packages !== undefined){
let data2 = data.shipped_packages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.tracking_url === undefined){
const err8 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.barcode === undefined){
const err9 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "tracking_url")) || (key1 === "barcode"))){
const err10 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/shipped_packages/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tracking_url !== undefined){
let data5 = data3.tracking_url;
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err13 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data5))){
const err14 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/shipped_packages/" + i0+"/tracking_url",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.barcode !== undefined){
let data6 = data3.barcode;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/shipped_packages/" + i0+"/barcode",schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/shipped_packages/" + i0,schemaPath:"https://probo-mock.dev/schemas/common/shipped-package.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/shipped_packages",schemaPath:"#/properties/shipped_packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.order !== undefined){
let data7 = data.order;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "reference")) || (key2 === "supplier_order_number")) || (key2 === "status_page_url"))){
const err21 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/order/id",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.reference !== undefined){
if(typeof data7.reference !== "string"){
const err24 = {instancePath:instancePath+"/order/reference",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.supplier_order_number !== undefined){
let data10 = data7.supplier_order_number;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/order/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data7.status_page_url !== undefined){
let data11 = data7.status_page_url;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err27 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0(data11))){
const err28 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/order/status_page_url",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/order",schemaPath:"https://probo-mock.dev/schemas/common/order-reference.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema143 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/canceled.schema.json","title":"CanceledCallback","description":"Callback for `canceled`: canceled by the customer or automatically. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":160,"rank":1,"setBy":"Probo","meaning":"Canceled by the customer or automatically","terminal":true,"tone":"warn"},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"canceled","description":"Always `canceled`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Order canceled\").","x-provenance":"invented","examples":["Order canceled"]},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"canceled","message":"Order canceled","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"}}]};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/canceled.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
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
if("canceled" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "canceled"},message:"must be equal to constant"};
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
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/callbacks/callback.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.status !== undefined){
if("queued" !== data.status){
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
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs7 = errors;
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
if(valid1){
var props0 = true;
}
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs9 = errors;
let valid3 = true;
const _errs10 = errors;
if(errors === _errs10){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.status === undefined) && (missing1 = "status")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.status !== undefined){
if("accepted" !== data.status){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs13 = errors;
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
valid3 = _valid1;
if(valid3){
var props1 = true;
}
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
const _errs15 = errors;
let valid5 = true;
const _errs16 = errors;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.file === undefined) && (missing2 = "file")){
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
else {
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid6 = _errs19 === errors;
if(valid6){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
if(errors === _errs16){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.status === undefined) && (missing3 = "status")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data.status !== undefined){
if("not_accepted" !== data.status){
const err12 = {};
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
}
else {
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid2 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs22 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid2 = _errs22 === errors;
valid5 = _valid2;
if(valid5){
var props2 = true;
}
}
if(!valid5){
const err14 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const _errs24 = errors;
let valid8 = true;
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.status === undefined) && (missing4 = "status")) || ((data.file === undefined) && (missing4 = "file"))){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.status !== undefined){
if("not_accepted" !== data.status){
const err16 = {};
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
}
else {
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid3 = _errs25 === errors;
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs28 = errors;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid3 = _errs28 === errors;
valid8 = _valid3;
if(valid8){
var props3 = true;
}
}
if(!valid8){
const err18 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs30 = errors;
let valid10 = true;
const _errs31 = errors;
if(errors === _errs31){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.status === undefined) && (missing5 = "status")){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
if(data.status !== undefined){
if("in_production" !== data.status){
const err20 = {};
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
}
else {
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid4 = _errs31 === errors;
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs34 = errors;
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid4 = _errs34 === errors;
valid10 = _valid4;
if(valid10){
var props4 = true;
}
}
if(!valid10){
const err22 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs36 = errors;
let valid12 = true;
const _errs37 = errors;
if(errors === _errs37){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.status === undefined) && (missing6 = "status")){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(data.status !== undefined){
if("logistics" !== data.status){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
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
var _valid5 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs40 = errors;
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var _valid5 = _errs40 === errors;
valid12 = _valid5;
if(valid12){
var props5 = true;
}
}
if(!valid12){
const err26 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs42 = errors;
let valid14 = true;
const _errs43 = errors;
if(errors === _errs43){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.status === undefined) && (missing7 = "status")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_created" !== data.status){
const err28 = {};
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
}
else {
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
var _valid6 = _errs43 === errors;
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs46 = errors;
if(!(validate84(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
var _valid6 = _errs46 === errors;
valid14 = _valid6;
if(valid14){
var props6 = true;
}
}
if(!valid14){
const err30 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs48 = errors;
let valid16 = true;
const _errs49 = errors;
if(errors === _errs49){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.status === undefined) && (missing8 = "status")){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_scanned_by_carrier" !== data.status){
const err32 = {};
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
}
else {
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid7 = _errs49 === errors;
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs52 = errors;
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var _valid7 = _errs52 === errors;
valid16 = _valid7;
if(valid16){
var props7 = true;
}
}
if(!valid16){
const err34 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs54 = errors;
let valid18 = true;
const _errs55 = errors;
if(errors === _errs55){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.status === undefined) && (missing9 = "status")){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_in_transit" !== data.status){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var _valid8 = _errs55 === errors;
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs58 = errors;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var _valid8 = _errs58 === errors;
valid18 = _valid8;
if(valid18){
var props8 = true;
}
}
if(!valid18){
const err38 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs60 = errors;
let valid20 = true;
const _errs61 = errors;
if(errors === _errs61){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.status === undefined) && (missing10 = "status")){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_delayed" !== data.status){
const err40 = {};
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
}
else {
const err41 = {};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var _valid9 = _errs61 === errors;
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs64 = errors;
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var _valid9 = _errs64 === errors;
valid20 = _valid9;
if(valid20){
var props9 = true;
}
}
if(!valid20){
const err42 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs66 = errors;
let valid22 = true;
const _errs67 = errors;
if(errors === _errs67){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.status === undefined) && (missing11 = "status")){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_returned" !== data.status){
const err44 = {};
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
}
else {
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var _valid10 = _errs67 === errors;
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs70 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid10 = _errs70 === errors;
valid22 = _valid10;
if(valid22){
var props10 = true;
}
}
if(!valid22){
const err46 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs72 = errors;
let valid24 = true;
const _errs73 = errors;
if(errors === _errs73){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.status === undefined) && (missing12 = "status")){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_exception" !== data.status){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid11 = _errs73 === errors;
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs76 = errors;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var _valid11 = _errs76 === errors;
valid24 = _valid11;
if(valid24){
var props11 = true;
}
}
if(!valid24){
const err50 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs78 = errors;
let valid26 = true;
const _errs79 = errors;
if(errors === _errs79){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.status === undefined) && (missing13 = "status")){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_not_at_home" !== data.status){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
}
else {
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var _valid12 = _errs79 === errors;
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs82 = errors;
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var _valid12 = _errs82 === errors;
valid26 = _valid12;
if(valid26){
var props12 = true;
}
}
if(!valid26){
const err54 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs84 = errors;
let valid28 = true;
const _errs85 = errors;
if(errors === _errs85){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.status === undefined) && (missing14 = "status")){
const err55 = {};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_available_at_pickup_point" !== data.status){
const err56 = {};
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
}
else {
const err57 = {};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
var _valid13 = _errs85 === errors;
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs88 = errors;
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var _valid13 = _errs88 === errors;
valid28 = _valid13;
if(valid28){
var props13 = true;
}
}
if(!valid28){
const err58 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs90 = errors;
let valid30 = true;
const _errs91 = errors;
if(errors === _errs91){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.status === undefined) && (missing15 = "status")){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_picked_up" !== data.status){
const err60 = {};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
else {
const err61 = {};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var _valid14 = _errs91 === errors;
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs94 = errors;
if(!(validate100(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var _valid14 = _errs94 === errors;
valid30 = _valid14;
if(valid30){
var props14 = true;
}
}
if(!valid30){
const err62 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs96 = errors;
let valid32 = true;
const _errs97 = errors;
if(errors === _errs97){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.status === undefined) && (missing16 = "status")){
const err63 = {};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
if(data.status !== undefined){
if("shipment_delivered" !== data.status){
const err64 = {};
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
}
else {
const err65 = {};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
var _valid15 = _errs97 === errors;
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs100 = errors;
if(!(validate102(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid15 = _errs100 === errors;
valid32 = _valid15;
if(valid32){
var props15 = true;
}
}
if(!valid32){
const err66 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
const _errs102 = errors;
let valid34 = true;
const _errs103 = errors;
if(errors === _errs103){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.status === undefined) && (missing17 = "status")){
const err67 = {};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
if(data.status !== undefined){
if("canceled" !== data.status){
const err68 = {};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
}
else {
const err69 = {};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var _valid16 = _errs103 === errors;
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs106 = errors;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var _valid16 = _errs106 === errors;
valid34 = _valid16;
if(valid34){
var props16 = true;
}
}
if(!valid34){
const err70 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(props0 !== true && props16 !== undefined){
if(props16 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props16);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err71 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
}
if(data.status !== undefined){
let data17 = data.status;
if(typeof data17 !== "string"){
const err72 = {instancePath:instancePath+"/status",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!((((((((((((((((data17 === "queued") || (data17 === "accepted")) || (data17 === "not_accepted")) || (data17 === "in_production")) || (data17 === "logistics")) || (data17 === "shipment_created")) || (data17 === "shipment_scanned_by_carrier")) || (data17 === "shipment_in_transit")) || (data17 === "shipment_delayed")) || (data17 === "shipment_returned")) || (data17 === "shipment_exception")) || (data17 === "shipment_not_at_home")) || (data17 === "shipment_available_at_pickup_point")) || (data17 === "shipment_picked_up")) || (data17 === "shipment_delivered")) || (data17 === "canceled"))){
const err73 = {instancePath:instancePath+"/status",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate73.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate73.evaluated = {"dynamicProps":true,"dynamicItems":false};

