/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/configure-request.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate28;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/configure-request.schema.json","title":"ConfigureRequest","description":"The body of `POST /products/configure` (type_8 of the specification): products by Probo `code` with the options chosen so far. `deliveries` is not declared by the spec but the docs say configure and price need the address; it is accepted and not used.","x-provenance":"documented","type":"object","required":["products"],"properties":{"products":{"type":"array","description":"The products to configure.","x-provenance":"documented","minItems":1,"maxItems":50,"items":{"title":"ConfigureProduct","type":"object","additionalProperties":false,"required":["code"],"description":"A product to configure (Code_18: closed).","x-provenance":"documented","properties":{"code":{"type":"string","description":"Code of the Probo product.","x-provenance":"documented","minLength":2},"id":{"type":"integer","description":"The shop's id of this product in the request.","x-provenance":"documented"},"options":{"type":"array","description":"The chosen options.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option: a code and, for inputs, a value.","x-provenance":"documented"}},"customer_code":{"type":"string","description":"Ignored. Probo's configurator (`ProboConnect/product-configurator`) stores a configuration by setting `customer_code` on the product it keeps configuring, so its later configure calls carry it (observed); the product is configured by `code`.","x-provenance":"observed"}}}},"language":{"type":"string","description":"Language of the answer texts (ISO 639-1).","x-provenance":"documented","minLength":2,"maxLength":2},"uploader_applications":{"type":"array","description":"Uploader applications.","x-provenance":"documented","items":{"type":"string"}},"deliveries":{"type":"array","description":"Delivery addresses (docs; not used by the mock).","x-provenance":"documented","items":{"type":"object"}}}};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-option.schema.json","title":"OrderOption","description":"One product option: an option code and, for an input option, its value (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","minLength":2,"description":"\"Code relating to option in the options tree as shown on the webshop product page.\"","x-provenance":"documented","examples":["width"]},"value":{"type":["number","string","null"],"description":"\"Value of an option with an input option, like width or tunnel size.\" A number, a string (\"100\", the docs' example) or null. The specification's union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).","x-provenance":"documented","examples":[100,"100"]}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/configure-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.products === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.products !== undefined){
let data0 = data.products;
if(Array.isArray(data0)){
if(data0.length > 50){
const err1 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err3 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data1){
if(!((((key0 === "code") || (key0 === "id")) || (key0 === "options")) || (key0 === "customer_code"))){
const err4 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.code !== undefined){
let data2 = data1.code;
if(typeof data2 === "string"){
if(func2(data2) < 2){
const err5 = {instancePath:instancePath+"/products/" + i0+"/code",schemaPath:"#/properties/products/items/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err6 = {instancePath:instancePath+"/products/" + i0+"/code",schemaPath:"#/properties/products/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.id !== undefined){
let data3 = data1.id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/products/" + i0+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.options !== undefined){
let data4 = data1.options;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.code === undefined){
const err8 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "code") || (key1 === "value"))){
const err9 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.code !== undefined){
let data6 = data5.code;
if(typeof data6 === "string"){
if(func2(data6) < 2){
const err10 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.value !== undefined){
let data7 = data5.value;
if(((!((typeof data7 == "number") && (isFinite(data7)))) && (typeof data7 !== "string")) && (data7 !== null)){
const err12 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/value",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
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
const err13 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/products/" + i0+"/options",schemaPath:"#/properties/products/items/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.customer_code !== undefined){
if(typeof data1.customer_code !== "string"){
const err15 = {instancePath:instancePath+"/products/" + i0+"/customer_code",schemaPath:"#/properties/products/items/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err17 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.language !== undefined){
let data9 = data.language;
if(typeof data9 === "string"){
if(func2(data9) > 2){
const err18 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data9) < 2){
const err19 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.uploader_applications !== undefined){
let data10 = data.uploader_applications;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(typeof data10[i2] !== "string"){
const err21 = {instancePath:instancePath+"/uploader_applications/" + i2,schemaPath:"#/properties/uploader_applications/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/uploader_applications",schemaPath:"#/properties/uploader_applications/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.deliveries !== undefined){
let data12 = data.deliveries;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err23 = {instancePath:instancePath+"/deliveries/" + i3,schemaPath:"#/properties/deliveries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"products":true,"language":true,"uploader_applications":true,"deliveries":true},"dynamicProps":false,"dynamicItems":false};

