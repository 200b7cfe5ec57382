/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/order-status-answer.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate54;
const schema75 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-status-answer.schema.json","title":"OrderStatusAnswer","description":"The 200 answer to `POST /order/status`, in the shape of the specification's example. Unknown orders are left out (observed: none known gives an empty `orders`).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","message","orders"],"properties":{"status":{"const":"ok","description":"Always \"ok\".","x-provenance":"documented"},"message":{"type":"string","description":"\"Status retrieved\".","x-provenance":"documented","examples":["Status retrieved"]},"orders":{"type":"array","description":"The known orders among those asked for, each once, in the order asked.","x-provenance":"documented","items":{"title":"OrderStatusEntry","type":"object","additionalProperties":false,"required":["id","status_code","products","packages"],"description":"One order and where it is.","x-provenance":"documented","properties":{"id":{"type":"string","description":"The shop's order id.","x-provenance":"documented"},"reference":{"type":"string","description":"The order post's reference.","x-provenance":"documented"},"supplier_order_number":{"type":"integer","minimum":1,"description":"Probo's order number (an integer in the example). The mock gives it from `accepted` on, as the callbacks do; a `queued` order has none yet (invented).","x-provenance":"documented","examples":[201900001]},"status_code":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The order's current status: `status_code`, not `status` (which is \"ok\"). Before its first step the mock says `queued`, which the order-status guide does not list (invented).","x-provenance":"documented"},"delivery_date":{"type":"string","format":"date","description":"The expected delivery date, without time (\"2020-08-14\"). The post's `delivery_date` when it has one; else a date the mock picks from the seed (invented).","x-provenance":"documented"},"shipping_method_code":{"type":"string","description":"The shipping method: the post's `shipping_method_code`, or for a preset a code the mock picks (invented).","x-provenance":"documented","examples":["dhl-letterbox"]},"products":{"type":"array","description":"Every product of the order with its status.","x-provenance":"documented","items":{"title":"OrderStatusProduct","type":"object","additionalProperties":false,"required":["id","status_code"],"description":"One product line.","x-provenance":"documented","properties":{"id":{"type":["integer","string"],"description":"The product's `id` from the post, else its position from 1 (invented).","x-provenance":"documented"},"status_code":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The product's status (the order's, in the mock).","x-provenance":"documented"}}}},"packages":{"type":"array","description":"Parcels, once shipped: tracking is here, not in `shipped_packages` (the callbacks' name).","x-provenance":"documented","items":{"title":"OrderStatusPackage","type":"object","additionalProperties":false,"required":["id","status_code"],"description":"One parcel.","x-provenance":"documented","properties":{"id":{"type":"integer","description":"The parcel number (an integer here; the callbacks send it as a string).","x-provenance":"documented"},"status_code":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The parcel's status.","x-provenance":"documented"},"tracking_url":{"type":"string","description":"The carrier's track and trace page.","x-provenance":"documented"}}}}}}}}};
const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/status.schema.json","title":"ProboStatusName","description":"An order status as Probo pushes it. The changelog removed the `order_` prefix: `order_accepted` and the like are not current statuses. `canceled` has one \"l\".","x-provenance":"documented","type":"string","$comment":"The enum is generated from schemas/callbacks/ by `npm run generate`; the rest is hand-kept.","enum":["queued","accepted","not_accepted","in_production","logistics","shipment_created","shipment_scanned_by_carrier","shipment_in_transit","shipment_delayed","shipment_returned","shipment_exception","shipment_not_at_home","shipment_available_at_pickup_point","shipment_picked_up","shipment_delivered","canceled"]};
const formats4 = require("ajv-formats/dist/formats").fullFormats.date;

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-status-answer.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
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
if(data.orders === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "status") || (key0 === "message")) || (key0 === "orders"))){
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
if("ok" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
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
if(data.orders !== undefined){
let data2 = data.orders;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err6 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.status_code === undefined){
const err7 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "status_code"},message:"must have required property '"+"status_code"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.products === undefined){
const err8 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.packages === undefined){
const err9 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "packages"},message:"must have required property '"+"packages"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!((((((((key1 === "id") || (key1 === "reference")) || (key1 === "supplier_order_number")) || (key1 === "status_code")) || (key1 === "delivery_date")) || (key1 === "shipping_method_code")) || (key1 === "products")) || (key1 === "packages"))){
const err10 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
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
if(typeof data3.id !== "string"){
const err11 = {instancePath:instancePath+"/orders/" + i0+"/id",schemaPath:"#/properties/orders/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.reference !== undefined){
if(typeof data3.reference !== "string"){
const err12 = {instancePath:instancePath+"/orders/" + i0+"/reference",schemaPath:"#/properties/orders/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.supplier_order_number !== undefined){
let data6 = data3.supplier_order_number;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/orders/" + i0+"/supplier_order_number",schemaPath:"#/properties/orders/items/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/orders/" + i0+"/supplier_order_number",schemaPath:"#/properties/orders/items/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data3.status_code !== undefined){
let data7 = data3.status_code;
if(typeof data7 !== "string"){
const err15 = {instancePath:instancePath+"/orders/" + i0+"/status_code",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((((((((((((((((data7 === "queued") || (data7 === "accepted")) || (data7 === "not_accepted")) || (data7 === "in_production")) || (data7 === "logistics")) || (data7 === "shipment_created")) || (data7 === "shipment_scanned_by_carrier")) || (data7 === "shipment_in_transit")) || (data7 === "shipment_delayed")) || (data7 === "shipment_returned")) || (data7 === "shipment_exception")) || (data7 === "shipment_not_at_home")) || (data7 === "shipment_available_at_pickup_point")) || (data7 === "shipment_picked_up")) || (data7 === "shipment_delivered")) || (data7 === "canceled"))){
const err16 = {instancePath:instancePath+"/orders/" + i0+"/status_code",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.delivery_date !== undefined){
let data8 = data3.delivery_date;
if(typeof data8 === "string"){
if(!(formats4.validate(data8))){
const err17 = {instancePath:instancePath+"/orders/" + i0+"/delivery_date",schemaPath:"#/properties/orders/items/properties/delivery_date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err18 = {instancePath:instancePath+"/orders/" + i0+"/delivery_date",schemaPath:"#/properties/orders/items/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.shipping_method_code !== undefined){
if(typeof data3.shipping_method_code !== "string"){
const err19 = {instancePath:instancePath+"/orders/" + i0+"/shipping_method_code",schemaPath:"#/properties/orders/items/properties/shipping_method_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.products !== undefined){
let data10 = data3.products;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err20 = {instancePath:instancePath+"/orders/" + i0+"/products/" + i1,schemaPath:"#/properties/orders/items/properties/products/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11.status_code === undefined){
const err21 = {instancePath:instancePath+"/orders/" + i0+"/products/" + i1,schemaPath:"#/properties/orders/items/properties/products/items/required",keyword:"required",params:{missingProperty: "status_code"},message:"must have required property '"+"status_code"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "id") || (key2 === "status_code"))){
const err22 = {instancePath:instancePath+"/orders/" + i0+"/products/" + i1,schemaPath:"#/properties/orders/items/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.id !== undefined){
let data12 = data11.id;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (typeof data12 !== "string")){
const err23 = {instancePath:instancePath+"/orders/" + i0+"/products/" + i1+"/id",schemaPath:"#/properties/orders/items/properties/products/items/properties/id/type",keyword:"type",params:{type: schema75.properties.orders.items.properties.products.items.properties.id.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data11.status_code !== undefined){
let data13 = data11.status_code;
if(typeof data13 !== "string"){
const err24 = {instancePath:instancePath+"/orders/" + i0+"/products/" + i1+"/status_code",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((((((((((((((data13 === "queued") || (data13 === "accepted")) || (data13 === "not_accepted")) || (data13 === "in_production")) || (data13 === "logistics")) || (data13 === "shipment_created")) || (data13 === "shipment_scanned_by_carrier")) || (data13 === "shipment_in_transit")) || (data13 === "shipment_delayed")) || (data13 === "shipment_returned")) || (data13 === "shipment_exception")) || (data13 === "shipment_not_at_home")) || (data13 === "shipment_available_at_pickup_point")) || (data13 === "shipment_picked_up")) || (data13 === "shipment_delivered")) || (data13 === "canceled"))){
const err25 = {instancePath:instancePath+"/orders/" + i0+"/products/" + i1+"/status_code",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/orders/" + i0+"/products/" + i1,schemaPath:"#/properties/orders/items/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err27 = {instancePath:instancePath+"/orders/" + i0+"/products",schemaPath:"#/properties/orders/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data3.packages !== undefined){
let data14 = data3.packages;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err28 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2,schemaPath:"#/properties/orders/items/properties/packages/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data15.status_code === undefined){
const err29 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2,schemaPath:"#/properties/orders/items/properties/packages/items/required",keyword:"required",params:{missingProperty: "status_code"},message:"must have required property '"+"status_code"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data15){
if(!(((key3 === "id") || (key3 === "status_code")) || (key3 === "tracking_url"))){
const err30 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2,schemaPath:"#/properties/orders/items/properties/packages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.id !== undefined){
let data16 = data15.id;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err31 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2+"/id",schemaPath:"#/properties/orders/items/properties/packages/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.status_code !== undefined){
let data17 = data15.status_code;
if(typeof data17 !== "string"){
const err32 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2+"/status_code",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((((((((((((((data17 === "queued") || (data17 === "accepted")) || (data17 === "not_accepted")) || (data17 === "in_production")) || (data17 === "logistics")) || (data17 === "shipment_created")) || (data17 === "shipment_scanned_by_carrier")) || (data17 === "shipment_in_transit")) || (data17 === "shipment_delayed")) || (data17 === "shipment_returned")) || (data17 === "shipment_exception")) || (data17 === "shipment_not_at_home")) || (data17 === "shipment_available_at_pickup_point")) || (data17 === "shipment_picked_up")) || (data17 === "shipment_delivered")) || (data17 === "canceled"))){
const err33 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2+"/status_code",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.tracking_url !== undefined){
if(typeof data15.tracking_url !== "string"){
const err34 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2+"/tracking_url",schemaPath:"#/properties/orders/items/properties/packages/items/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err35 = {instancePath:instancePath+"/orders/" + i0+"/packages/" + i2,schemaPath:"#/properties/orders/items/properties/packages/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err36 = {instancePath:instancePath+"/orders/" + i0+"/packages",schemaPath:"#/properties/orders/items/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err37 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err38 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

