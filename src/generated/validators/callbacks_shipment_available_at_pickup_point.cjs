/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate98;
const schema134 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json","title":"ShipmentAvailableAtPickupPointCallback","description":"Callback for `shipment_available_at_pickup_point`: waiting at a pickup point. Probo has not published this body: shaped by analogy with the documented ones (invented).","x-provenance":"invented","x-status":{"order":130,"rank":6,"setBy":"carrier","meaning":"Waiting at a pickup point","sideways":{"provenance":"invented","why":"Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state"},"next":[{"to":"shipment_picked_up","provenance":"invented","why":"The order-status guide's words ('picked up from the pickup point') suggest it; the guide says nothing about order"},{"to":"shipment_returned","provenance":"invented","why":"Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event"},{"to":"shipment_delivered","provenance":"invented","why":"A carrier may deliver after any of its transport events; the guide says nothing about order"}]},"type":"object","additionalProperties":false,"required":["status","message","order"],"properties":{"status":{"const":"shipment_available_at_pickup_point","description":"Always `shipment_available_at_pickup_point`.","x-provenance":"documented"},"message":{"type":"string","description":"Human-readable text; Probo has not published it (ours: \"Shipment Available At Pickup Point\").","x-provenance":"invented","examples":["Shipment Available At Pickup Point"]},"shipped_packages":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/common/shipped-package.schema.json"},"description":"Track and trace data, one entry per shipped package, when the carrier has it.","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order this status is about.","x-provenance":"documented"}},"examples":[{"status":"shipment_available_at_pickup_point","message":"Shipment Available At Pickup Point","order":{"id":"my_weborder_1234","reference":"Banner 510 for customer X","supplier_order_number":1348786372,"status_page_url":"https://print-status.com/1348786372/13b6045082e1ae6e98d266bac6e235dbe0dcfbcabeddcfaf238bbc6bceba20ba"},"shipped_packages":[{"id":"1","tracking_url":"https://my.dhlparcel.nl/home/tracktrace/JVGL37425178819357/6622+RO?lang=nl_NL","barcode":"JVGL37425178819357"}]}]};
const schema114 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/shipped-package.schema.json","title":"ShippedPackage","description":"One shipped package with its carrier track and trace data (\"per the shipped package, a tracking URL and barcode is returned\").","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id","tracking_url","barcode"],"properties":{"id":{"type":"string","minLength":1,"description":"The package number within the order, as a string (\"1\", \"2\", …).","x-provenance":"documented","examples":["1"]},"tracking_url":{"type":"string","format":"uri","pattern":"^https?://","description":"The carrier's track and trace page for this package.","x-provenance":"documented","examples":["https://my.dhlparcel.nl/home/tracktrace/JVGL88888888888881/9999+AA?lang=nl_NL"]},"barcode":{"type":"string","minLength":1,"description":"The carrier barcode of the package.","x-provenance":"documented","examples":["JVGL88888888888881"]}}};
const schema54 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/order-reference.schema.json","title":"OrderReference","description":"The order a callback is about. `id` is the shop's own order id (\"we always try\" to send it, says the guide); `supplier_order_number` is Probo's number, present from `accepted` on.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"The order id the shop sent in its order post.","x-provenance":"documented","examples":["my_weborder_1234"]},"reference":{"type":"string","description":"The shop's free-text reference of the order post.","x-provenance":"documented","examples":["Banner 510 for customer X"]},"supplier_order_number":{"type":"integer","minimum":1,"description":"Probo's order number; added to callback data in the changelog, shown from `accepted` on.","x-provenance":"documented","examples":[202012345]},"status_page_url":{"type":"string","format":"uri","pattern":"^https?://","description":"The public print status page of the order (changelog: \"print status page URL\").","x-provenance":"documented","examples":["https://print-status.com/1240176000/26436785d82dc14f2b2e36asds274149ca52354bb134473cfc72ec68e291d1c"]}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern9 = new RegExp("^https?://", "u");

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

