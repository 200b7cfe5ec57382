/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/uploader-create-response.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate70;
const schema98 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-create-response.schema.json","title":"UploaderCreateResponse","description":"The answer of `POST /products/uploader/create`: one session per product of the calculation. `external_id` follows the docs (uploader guide), which the spec lacks.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","message","uploaders"],"properties":{"status":{"type":"string","description":"\"ok\".","x-provenance":"documented","const":"ok"},"message":{"type":"string","description":"\"Uploaders created\".","x-provenance":"documented"},"uploaders":{"type":"array","description":"The sessions.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/uploader-session.schema.json"}}}};
const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-session.schema.json","title":"UploaderSession","description":"An uploader session: what `POST /products/uploader/create` answers for each product (and the 202 of an order with `\"uploader\": true`).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["product_id","id","external_id","url"],"properties":{"product_id":{"type":"integer","description":"The product it uploads for.","x-provenance":"documented"},"id":{"type":"integer","description":"Session id.","x-provenance":"documented"},"external_id":{"type":"integer","description":"External id, needed with `id` in the order's `uploaders` (docs uploader guide; not in the spec answer).","x-provenance":"documented"},"url":{"type":"string","description":"The session page: on the mock itself (`/uploader/{id}?token=…`; invented, Probo's is print-uploader.com).","x-provenance":"documented"}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/uploader-create-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
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
if(data.uploaders === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uploaders"},message:"must have required property '"+"uploaders"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "status") || (key0 === "message")) || (key0 === "uploaders"))){
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
let data0 = data.status;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("ok" !== data0){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
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
if(data.uploaders !== undefined){
let data2 = data.uploaders;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.product_id === undefined){
const err7 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "product_id"},message:"must have required property '"+"product_id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.id === undefined){
const err8 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.external_id === undefined){
const err9 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.url === undefined){
const err10 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "product_id") || (key1 === "id")) || (key1 === "external_id")) || (key1 === "url"))){
const err11 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.product_id !== undefined){
let data4 = data3.product_id;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/uploaders/" + i0+"/product_id",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.id !== undefined){
let data5 = data3.id;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/uploaders/" + i0+"/id",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.external_id !== undefined){
let data6 = data3.external_id;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/uploaders/" + i0+"/external_id",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/external_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.url !== undefined){
if(typeof data3.url !== "string"){
const err15 = {instancePath:instancePath+"/uploaders/" + i0+"/url",schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/uploaders/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/uploader-session.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err17 = {instancePath:instancePath+"/uploaders",schemaPath:"#/properties/uploaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

