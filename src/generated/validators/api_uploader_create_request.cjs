/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/uploader-create-request.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate69;
const schema97 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-create-request.schema.json","title":"UploaderCreateRequest","description":"The body of `POST /products/uploader/create` (type_9): a `calculation_id` from `/products/configure` or `/price`, and the URL the uploader sessions report to.","x-provenance":"documented","type":"object","required":["calculation_id"],"properties":{"calculation_id":{"type":"integer","description":"From a completed configuration or a price request.","x-provenance":"documented"},"callback_url":{"type":["string","null"],"description":"Gets `confirmed` and `processed` for each session (documented, as a required URL). Probo's own configurator (`ProboConnect/product-configurator`, `getUploaderSession`) sends `null` when the shop set no `callbackUrl` (its default), `\"\"` (its web component's default) or leaves the field out: each means no callback (observed), and the sessions then report to no one.","x-provenance":"observed","pattern":"^(?:https?://|$)"},"language":{"type":"string","description":"Language of the uploader.","x-provenance":"documented","minLength":2,"maxLength":2}}};
const pattern13 = new RegExp("^(?:https?://|$)", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/uploader-create-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.calculation_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calculation_id"},message:"must have required property '"+"calculation_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.calculation_id !== undefined){
let data0 = data.calculation_id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/calculation_id",schemaPath:"#/properties/calculation_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data1 = data.callback_url;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: schema97.properties.callback_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
const err3 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/pattern",keyword:"pattern",params:{pattern: "^(?:https?://|$)"},message:"must match pattern \""+"^(?:https?://|$)"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.language !== undefined){
let data2 = data.language;
if(typeof data2 === "string"){
if(func2(data2) > 2){
const err4 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data2) < 2){
const err5 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err6 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"calculation_id":true,"callback_url":true,"language":true},"dynamicProps":false,"dynamicItems":false};

