/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/apiproduct-request.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate23;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/apiproduct-request.schema.json","title":"ApiProductRequest","description":"The body of `POST /apiproducts/product` (store a composed product) and `PUT /apiproducts/product/{customer_code}` (update it). Probo publishes neither route; its configurator (`ProboConnect/product-configurator`) calls both with this body: the product it configured (`code`, `options`) and the shop's `customer_code` (observed). `title` and `description` are the mock's own (invented).","x-provenance":"observed","type":"object","additionalProperties":false,"required":["customer_code","code","options"],"properties":{"customer_code":{"type":"string","description":"The shop's code for the composed product, later used by `POST /order`, `POST /price` and `GET /apiproducts/product/{customer_code}` (observed). On `PUT` it must equal the path's code.","x-provenance":"observed","minLength":2,"maxLength":100,"pattern":"^[\\w.-]+$"},"code":{"type":"string","description":"Code of the Probo product (observed).","x-provenance":"observed","minLength":2},"options":{"type":"array","description":"The options of a complete configuration, in the order chosen (observed; values as numbers or strings, the configurator sends `1.5` as \"1.5\").","x-provenance":"observed","maxItems":200,"items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option.","x-provenance":"observed"}},"title":{"type":"string","description":"A title for the API product list (invented; default: the product's title).","x-provenance":"invented","maxLength":255},"description":{"type":["string","null"],"description":"A description (invented).","x-provenance":"invented","maxLength":2000}}};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-option.schema.json","title":"OrderOption","description":"One product option: an option code and, for an input option, its value (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","minLength":2,"description":"\"Code relating to option in the options tree as shown on the webshop product page.\"","x-provenance":"documented","examples":["width"]},"value":{"type":["number","string","null"],"description":"\"Value of an option with an input option, like width or tunnel size.\" A number, a string (\"100\", the docs' example) or null. The specification's union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).","x-provenance":"documented","examples":[100,"100"]}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern6 = new RegExp("^[\\w.-]+$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/apiproduct-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customer_code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customer_code"},message:"must have required property '"+"customer_code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.options === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "customer_code") || (key0 === "code")) || (key0 === "options")) || (key0 === "title")) || (key0 === "description"))){
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
if(data.customer_code !== undefined){
let data0 = data.customer_code;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err4 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 2){
const err5 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/pattern",keyword:"pattern",params:{pattern: "^[\\w.-]+$"},message:"must match pattern \""+"^[\\w.-]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.code !== undefined){
let data1 = data.code;
if(typeof data1 === "string"){
if(func2(data1) < 2){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.options !== undefined){
let data2 = data.options;
if(Array.isArray(data2)){
if(data2.length > 200){
const err10 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.code === undefined){
const err11 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "code") || (key1 === "value"))){
const err12 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.code !== undefined){
let data4 = data3.code;
if(typeof data4 === "string"){
if(func2(data4) < 2){
const err13 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.value !== undefined){
let data5 = data3.value;
if(((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")) && (data5 !== null)){
const err15 = {instancePath:instancePath+"/options/" + i0+"/value",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
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
const err16 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err17 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func2(data6) > 255){
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.description !== undefined){
let data7 = data.description;
if((typeof data7 !== "string") && (data7 !== null)){
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema34.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data7 === "string"){
if(func2(data7) > 2000){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
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
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

