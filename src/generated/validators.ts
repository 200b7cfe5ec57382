/* eslint-disable */
// @ts-nocheck -- Ajv standalone output: plain JavaScript, typed by the export below.
/**
 * Validators generated from schemas/, do not edit.
 * Run `npm run generate` after changing a schema (Ajv standalone code, one function per schema).
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

// Ajv's standalone code reaches its runtime helpers (formats, ucs2length, equal) with require().
const require = createRequire(import.meta.url);

"use strict";
export const api_apiproduct_request = validate23;
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

export const api_apiproduct_response = validate24;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/apiproduct-response.schema.json","title":"ApiProductResponse","description":"The answer of `GET /apiproducts/product/{customer_code}` (type_7).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["customer_code","code","options","upload","prices_per_product","prices_total"],"properties":{"customer_code":{"type":"string","description":"The composed product.","x-provenance":"documented"},"code":{"type":"string","description":"The Probo product it is composed of.","x-provenance":"documented"},"title":{"type":"string","description":"Title.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description.","x-provenance":"documented"},"article_group_name":{"type":"string","description":"Group name.","x-provenance":"documented"},"options":{"type":"array","description":"Its options.","x-provenance":"documented","items":{"title":"SelectedOption","type":"object","additionalProperties":false,"description":"An option of the configuration, as the configure example lists them.","x-provenance":"documented","required":["type_code","code","name","value"],"properties":{"type_code":{"type":"string","description":"Option type.","x-provenance":"documented"},"code":{"type":["string","null"],"description":"Option code.","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description.","x-provenance":"documented"},"value":{"type":["string","null"],"description":"Value of an input, as a string (spec example); null for a choice.","x-provenance":"documented"},"default_value":{"type":["number","string","null"],"description":"Default value.","x-provenance":"documented"},"min_value":{"type":["string","null"],"description":"Smallest value, two decimals as a string (\"0.00\", spec example).","x-provenance":"documented"},"max_value":{"type":["string","null"],"description":"Largest value, as a string.","x-provenance":"documented"},"step_size":{"type":["number","null"],"description":"Step.","x-provenance":"documented"},"scale":{"type":["integer","null"],"description":"Decimals.","x-provenance":"documented"},"reversible":{"type":["boolean","null"],"description":"Whether width and height may be swapped.","x-provenance":"documented"}}}},"amount":{"type":["integer","null"],"description":"Amount.","x-provenance":"documented"},"width":{"type":["number","null"],"description":"Width.","x-provenance":"documented"},"height":{"type":["number","null"],"description":"Height.","x-provenance":"documented"},"length":{"type":["number","null"],"description":"Length.","x-provenance":"documented"},"upload":{"type":"boolean","description":"Whether it needs one or more uploads.","x-provenance":"documented"},"uploads":{"type":"array","description":"The uploads it needs (the spec schema says `uploads`; its example `uploaders` with a `heigth` typo: the mock follows the schema).","x-provenance":"documented","items":{"title":"RequiredUpload","type":"object","additionalProperties":false,"required":["width","height","amount","type"],"description":"One upload.","x-provenance":"documented","properties":{"width":{"type":"number","description":"Width.","x-provenance":"documented"},"height":{"type":"number","description":"Height.","x-provenance":"documented"},"amount":{"type":"integer","description":"Amount.","x-provenance":"documented"},"type":{"type":"string","description":"\"single\".","x-provenance":"documented"}}}},"prices_per_product_v2":{"type":"array","description":"Price of one, per production speed.","x-provenance":"documented","items":{"title":"ProductionPrice","type":"object","additionalProperties":false,"required":["production_hours","prices"],"description":"Prices for a production speed (items_17).","x-provenance":"documented","properties":{"production_hours":{"type":"integer","description":"Production hours.","x-provenance":"documented"},"prices":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"The four prices.","x-provenance":"documented"}}}},"prices_total_v2":{"type":"array","description":"Price of the amount, per production speed.","x-provenance":"documented","items":{"title":"ProductionPrice","type":"object","additionalProperties":false,"required":["production_hours","prices"],"description":"Prices for a production speed (items_17).","x-provenance":"documented","properties":{"production_hours":{"type":"integer","description":"Production hours.","x-provenance":"documented"},"prices":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"The four prices.","x-provenance":"documented"}}}},"prices_per_product":{"type":"object","description":"Price of one. DEPRECATED in the spec; keyed by production hours directly, as in the example (the schema nests a `production_hours` level).","x-provenance":"documented","additionalProperties":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"Prices for these production hours.","x-provenance":"documented"}},"prices_total":{"type":"object","description":"Price of the amount. DEPRECATED in the spec; keyed by production hours directly, as in the example (the schema nests a `production_hours` level).","x-provenance":"documented","additionalProperties":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"Prices for these production hours.","x-provenance":"documented"}}}};
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/price-figures.schema.json","title":"PriceFigures","description":"Four prices: purchase and sales, without and with VAT (the four numbers flat, as in the spec's price example; the spec's schema nests them under `prices`, its example does not: the mock follows the example, which is what clients read).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat"],"properties":{"purchase_price":{"type":"number","description":"Purchasing price. Price is in the customer's currency.","x-provenance":"documented"},"purchase_price_incl_vat":{"type":"number","description":"Purchasing price including customer's VAT. Price is in the customer's currency.","x-provenance":"documented"},"sales_price":{"type":"number","description":"Customer's sale price based on customer's sales margin. Price is in the customer's currency.","x-provenance":"documented"},"sales_price_incl_vat":{"type":"number","description":"Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency.","x-provenance":"documented"}}};
const func1 = Object.prototype.hasOwnProperty;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/apiproduct-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
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
if(data.upload === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upload"},message:"must have required property '"+"upload"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.prices_per_product === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prices_per_product"},message:"must have required property '"+"prices_per_product"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.prices_total === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prices_total"},message:"must have required property '"+"prices_total"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema36.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.customer_code !== undefined){
if(typeof data.customer_code !== "string"){
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
if(typeof data.code !== "string"){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if((typeof data3 !== "string") && (data3 !== null)){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema36.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.article_group_name !== undefined){
if(typeof data.article_group_name !== "string"){
const err11 = {instancePath:instancePath+"/article_group_name",schemaPath:"#/properties/article_group_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.options !== undefined){
let data5 = data.options;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.type_code === undefined){
const err12 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "type_code"},message:"must have required property '"+"type_code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.code === undefined){
const err13 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.name === undefined){
const err14 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.value === undefined){
const err15 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data6){
if(!(func1.call(schema36.properties.options.items.properties, key1))){
const err16 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.type_code !== undefined){
if(typeof data6.type_code !== "string"){
const err17 = {instancePath:instancePath+"/options/" + i0+"/type_code",schemaPath:"#/properties/options/items/properties/type_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if((typeof data8 !== "string") && (data8 !== null)){
const err18 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"#/properties/options/items/properties/code/type",keyword:"type",params:{type: schema36.properties.options.items.properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.name !== undefined){
let data9 = data6.name;
if((typeof data9 !== "string") && (data9 !== null)){
const err19 = {instancePath:instancePath+"/options/" + i0+"/name",schemaPath:"#/properties/options/items/properties/name/type",keyword:"type",params:{type: schema36.properties.options.items.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.description !== undefined){
let data10 = data6.description;
if((typeof data10 !== "string") && (data10 !== null)){
const err20 = {instancePath:instancePath+"/options/" + i0+"/description",schemaPath:"#/properties/options/items/properties/description/type",keyword:"type",params:{type: schema36.properties.options.items.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.value !== undefined){
let data11 = data6.value;
if((typeof data11 !== "string") && (data11 !== null)){
const err21 = {instancePath:instancePath+"/options/" + i0+"/value",schemaPath:"#/properties/options/items/properties/value/type",keyword:"type",params:{type: schema36.properties.options.items.properties.value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.default_value !== undefined){
let data12 = data6.default_value;
if(((!((typeof data12 == "number") && (isFinite(data12)))) && (typeof data12 !== "string")) && (data12 !== null)){
const err22 = {instancePath:instancePath+"/options/" + i0+"/default_value",schemaPath:"#/properties/options/items/properties/default_value/type",keyword:"type",params:{type: schema36.properties.options.items.properties.default_value.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.min_value !== undefined){
let data13 = data6.min_value;
if((typeof data13 !== "string") && (data13 !== null)){
const err23 = {instancePath:instancePath+"/options/" + i0+"/min_value",schemaPath:"#/properties/options/items/properties/min_value/type",keyword:"type",params:{type: schema36.properties.options.items.properties.min_value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.max_value !== undefined){
let data14 = data6.max_value;
if((typeof data14 !== "string") && (data14 !== null)){
const err24 = {instancePath:instancePath+"/options/" + i0+"/max_value",schemaPath:"#/properties/options/items/properties/max_value/type",keyword:"type",params:{type: schema36.properties.options.items.properties.max_value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.step_size !== undefined){
let data15 = data6.step_size;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err25 = {instancePath:instancePath+"/options/" + i0+"/step_size",schemaPath:"#/properties/options/items/properties/step_size/type",keyword:"type",params:{type: schema36.properties.options.items.properties.step_size.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.scale !== undefined){
let data16 = data6.scale;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
const err26 = {instancePath:instancePath+"/options/" + i0+"/scale",schemaPath:"#/properties/options/items/properties/scale/type",keyword:"type",params:{type: schema36.properties.options.items.properties.scale.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.reversible !== undefined){
let data17 = data6.reversible;
if((typeof data17 !== "boolean") && (data17 !== null)){
const err27 = {instancePath:instancePath+"/options/" + i0+"/reversible",schemaPath:"#/properties/options/items/properties/reversible/type",keyword:"type",params:{type: schema36.properties.options.items.properties.reversible.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err29 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.amount !== undefined){
let data18 = data.amount;
if((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (data18 !== null)){
const err30 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: schema36.properties.amount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.width !== undefined){
let data19 = data.width;
if((!((typeof data19 == "number") && (isFinite(data19)))) && (data19 !== null)){
const err31 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type: schema36.properties.width.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.height !== undefined){
let data20 = data.height;
if((!((typeof data20 == "number") && (isFinite(data20)))) && (data20 !== null)){
const err32 = {instancePath:instancePath+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type: schema36.properties.height.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.length !== undefined){
let data21 = data.length;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
const err33 = {instancePath:instancePath+"/length",schemaPath:"#/properties/length/type",keyword:"type",params:{type: schema36.properties.length.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.upload !== undefined){
if(typeof data.upload !== "boolean"){
const err34 = {instancePath:instancePath+"/upload",schemaPath:"#/properties/upload/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.uploads !== undefined){
let data23 = data.uploads;
if(Array.isArray(data23)){
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.width === undefined){
const err35 = {instancePath:instancePath+"/uploads/" + i1,schemaPath:"#/properties/uploads/items/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data24.height === undefined){
const err36 = {instancePath:instancePath+"/uploads/" + i1,schemaPath:"#/properties/uploads/items/required",keyword:"required",params:{missingProperty: "height"},message:"must have required property '"+"height"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data24.amount === undefined){
const err37 = {instancePath:instancePath+"/uploads/" + i1,schemaPath:"#/properties/uploads/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data24.type === undefined){
const err38 = {instancePath:instancePath+"/uploads/" + i1,schemaPath:"#/properties/uploads/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data24){
if(!((((key2 === "width") || (key2 === "height")) || (key2 === "amount")) || (key2 === "type"))){
const err39 = {instancePath:instancePath+"/uploads/" + i1,schemaPath:"#/properties/uploads/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data24.width !== undefined){
let data25 = data24.width;
if(!((typeof data25 == "number") && (isFinite(data25)))){
const err40 = {instancePath:instancePath+"/uploads/" + i1+"/width",schemaPath:"#/properties/uploads/items/properties/width/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data24.height !== undefined){
let data26 = data24.height;
if(!((typeof data26 == "number") && (isFinite(data26)))){
const err41 = {instancePath:instancePath+"/uploads/" + i1+"/height",schemaPath:"#/properties/uploads/items/properties/height/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data24.amount !== undefined){
let data27 = data24.amount;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err42 = {instancePath:instancePath+"/uploads/" + i1+"/amount",schemaPath:"#/properties/uploads/items/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data24.type !== undefined){
if(typeof data24.type !== "string"){
const err43 = {instancePath:instancePath+"/uploads/" + i1+"/type",schemaPath:"#/properties/uploads/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/uploads/" + i1,schemaPath:"#/properties/uploads/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err45 = {instancePath:instancePath+"/uploads",schemaPath:"#/properties/uploads/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.prices_per_product_v2 !== undefined){
let data29 = data.prices_per_product_v2;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
let data30 = data29[i2];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.production_hours === undefined){
const err46 = {instancePath:instancePath+"/prices_per_product_v2/" + i2,schemaPath:"#/properties/prices_per_product_v2/items/required",keyword:"required",params:{missingProperty: "production_hours"},message:"must have required property '"+"production_hours"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data30.prices === undefined){
const err47 = {instancePath:instancePath+"/prices_per_product_v2/" + i2,schemaPath:"#/properties/prices_per_product_v2/items/required",keyword:"required",params:{missingProperty: "prices"},message:"must have required property '"+"prices"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key3 in data30){
if(!((key3 === "production_hours") || (key3 === "prices"))){
const err48 = {instancePath:instancePath+"/prices_per_product_v2/" + i2,schemaPath:"#/properties/prices_per_product_v2/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data30.production_hours !== undefined){
let data31 = data30.production_hours;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err49 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/production_hours",schemaPath:"#/properties/prices_per_product_v2/items/properties/production_hours/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data30.prices !== undefined){
let data32 = data30.prices;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.purchase_price === undefined){
const err50 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data32.purchase_price_incl_vat === undefined){
const err51 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data32.sales_price === undefined){
const err52 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data32.sales_price_incl_vat === undefined){
const err53 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data32){
if(!((((key4 === "purchase_price") || (key4 === "purchase_price_incl_vat")) || (key4 === "sales_price")) || (key4 === "sales_price_incl_vat"))){
const err54 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data32.purchase_price !== undefined){
let data33 = data32.purchase_price;
if(!((typeof data33 == "number") && (isFinite(data33)))){
const err55 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data32.purchase_price_incl_vat !== undefined){
let data34 = data32.purchase_price_incl_vat;
if(!((typeof data34 == "number") && (isFinite(data34)))){
const err56 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data32.sales_price !== undefined){
let data35 = data32.sales_price;
if(!((typeof data35 == "number") && (isFinite(data35)))){
const err57 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data32.sales_price_incl_vat !== undefined){
let data36 = data32.sales_price_incl_vat;
if(!((typeof data36 == "number") && (isFinite(data36)))){
const err58 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/prices_per_product_v2/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/prices_per_product_v2/" + i2,schemaPath:"#/properties/prices_per_product_v2/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err61 = {instancePath:instancePath+"/prices_per_product_v2",schemaPath:"#/properties/prices_per_product_v2/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.prices_total_v2 !== undefined){
let data37 = data.prices_total_v2;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
let data38 = data37[i3];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.production_hours === undefined){
const err62 = {instancePath:instancePath+"/prices_total_v2/" + i3,schemaPath:"#/properties/prices_total_v2/items/required",keyword:"required",params:{missingProperty: "production_hours"},message:"must have required property '"+"production_hours"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data38.prices === undefined){
const err63 = {instancePath:instancePath+"/prices_total_v2/" + i3,schemaPath:"#/properties/prices_total_v2/items/required",keyword:"required",params:{missingProperty: "prices"},message:"must have required property '"+"prices"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key5 in data38){
if(!((key5 === "production_hours") || (key5 === "prices"))){
const err64 = {instancePath:instancePath+"/prices_total_v2/" + i3,schemaPath:"#/properties/prices_total_v2/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data38.production_hours !== undefined){
let data39 = data38.production_hours;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err65 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/production_hours",schemaPath:"#/properties/prices_total_v2/items/properties/production_hours/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data38.prices !== undefined){
let data40 = data38.prices;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.purchase_price === undefined){
const err66 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data40.purchase_price_incl_vat === undefined){
const err67 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data40.sales_price === undefined){
const err68 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data40.sales_price_incl_vat === undefined){
const err69 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key6 in data40){
if(!((((key6 === "purchase_price") || (key6 === "purchase_price_incl_vat")) || (key6 === "sales_price")) || (key6 === "sales_price_incl_vat"))){
const err70 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data40.purchase_price !== undefined){
let data41 = data40.purchase_price;
if(!((typeof data41 == "number") && (isFinite(data41)))){
const err71 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data40.purchase_price_incl_vat !== undefined){
let data42 = data40.purchase_price_incl_vat;
if(!((typeof data42 == "number") && (isFinite(data42)))){
const err72 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data40.sales_price !== undefined){
let data43 = data40.sales_price;
if(!((typeof data43 == "number") && (isFinite(data43)))){
const err73 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data40.sales_price_incl_vat !== undefined){
let data44 = data40.sales_price_incl_vat;
if(!((typeof data44 == "number") && (isFinite(data44)))){
const err74 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/prices_total_v2/" + i3+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/prices_total_v2/" + i3,schemaPath:"#/properties/prices_total_v2/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/prices_total_v2",schemaPath:"#/properties/prices_total_v2/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.prices_per_product !== undefined){
let data45 = data.prices_per_product;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key7 in data45){
let data46 = data45[key7];
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.purchase_price === undefined){
const err78 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data46.purchase_price_incl_vat === undefined){
const err79 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data46.sales_price === undefined){
const err80 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data46.sales_price_incl_vat === undefined){
const err81 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key8 in data46){
if(!((((key8 === "purchase_price") || (key8 === "purchase_price_incl_vat")) || (key8 === "sales_price")) || (key8 === "sales_price_incl_vat"))){
const err82 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data46.purchase_price !== undefined){
let data47 = data46.purchase_price;
if(!((typeof data47 == "number") && (isFinite(data47)))){
const err83 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data46.purchase_price_incl_vat !== undefined){
let data48 = data46.purchase_price_incl_vat;
if(!((typeof data48 == "number") && (isFinite(data48)))){
const err84 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data46.sales_price !== undefined){
let data49 = data46.sales_price;
if(!((typeof data49 == "number") && (isFinite(data49)))){
const err85 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data46.sales_price_incl_vat !== undefined){
let data50 = data46.sales_price_incl_vat;
if(!((typeof data50 == "number") && (isFinite(data50)))){
const err86 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/prices_per_product/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/prices_per_product",schemaPath:"#/properties/prices_per_product/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.prices_total !== undefined){
let data51 = data.prices_total;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key9 in data51){
let data52 = data51[key9];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.purchase_price === undefined){
const err89 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data52.purchase_price_incl_vat === undefined){
const err90 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data52.sales_price === undefined){
const err91 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data52.sales_price_incl_vat === undefined){
const err92 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key10 in data52){
if(!((((key10 === "purchase_price") || (key10 === "purchase_price_incl_vat")) || (key10 === "sales_price")) || (key10 === "sales_price_incl_vat"))){
const err93 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data52.purchase_price !== undefined){
let data53 = data52.purchase_price;
if(!((typeof data53 == "number") && (isFinite(data53)))){
const err94 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data52.purchase_price_incl_vat !== undefined){
let data54 = data52.purchase_price_incl_vat;
if(!((typeof data54 == "number") && (isFinite(data54)))){
const err95 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data52.sales_price !== undefined){
let data55 = data52.sales_price;
if(!((typeof data55 == "number") && (isFinite(data55)))){
const err96 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data52.sales_price_incl_vat !== undefined){
let data56 = data52.sales_price_incl_vat;
if(!((typeof data56 == "number") && (isFinite(data56)))){
const err97 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/prices_total/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/prices_total",schemaPath:"#/properties/prices_total/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_apiproduct_stored_response = validate25;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/apiproduct-stored-response.schema.json","title":"ApiProductStoredResponse","description":"The answer of `POST /apiproducts/product` (201) and `PUT /apiproducts/product/{customer_code}` (200): Probo's usual `status`/`code`/`message` envelope and the stored product as `GET /apiproducts/product/{customer_code}` shows it. Probo publishes no answer for these routes and its configurator only checks that the answer is a 2xx with JSON (invented shape).","x-provenance":"invented","type":"object","additionalProperties":false,"required":["status","code","message","product"],"properties":{"status":{"type":"string","const":"ok","description":"Always \"ok\".","x-provenance":"invented"},"code":{"type":"integer","enum":[200,201],"description":"201 when stored, 200 when updated.","x-provenance":"invented"},"message":{"type":"string","description":"\"API product stored\" or \"API product updated\".","x-provenance":"invented"},"product":{"$ref":"https://probo-mock.dev/schemas/api/apiproduct-response.schema.json","description":"The stored product.","x-provenance":"invented"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/apiproduct-stored-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
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
if(data.message === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.product === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "status") || (key0 === "code")) || (key0 === "message")) || (key0 === "product"))){
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
let data0 = data.status;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("ok" !== data0){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.code !== undefined){
let data1 = data.code;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data1 === 200) || (data1 === 201))){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/enum",keyword:"enum",params:{allowedValues: schema41.properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.product !== undefined){
if(!(validate24(data.product, {instancePath:instancePath+"/product",parentData:data,parentDataProperty:"product",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_apiproducts_response = validate27;
const schema42 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/apiproducts-response.schema.json","title":"ApiProductsResponse","description":"The answer of `GET /apiproducts` (type_6): paged composed API products.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["meta","products"],"properties":{"meta":{"type":"object","description":"Paging.","x-provenance":"documented","additionalProperties":false,"required":["page","pages","items","per_page"],"properties":{"page":{"type":"integer","description":"Page number.","x-provenance":"documented"},"pages":{"type":"integer","description":"Number of pages.","x-provenance":"documented"},"items":{"type":"integer","description":"Total number of items.","x-provenance":"documented"},"per_page":{"type":"integer","description":"Maximum number of items per page.","x-provenance":"documented"}}},"products":{"type":"array","description":"The API products of this page.","x-provenance":"documented","items":{"title":"ListedApiProduct","type":"object","additionalProperties":false,"description":"A composed API product (items_16).","x-provenance":"documented","required":["customer_code","unit_code","title","description","created_at","updated_at"],"properties":{"customer_code":{"type":"string","description":"Code.","x-provenance":"documented"},"unit_code":{"type":"string","description":"Unit, e.g. \"m2\" (the spec; /products uses integers, see ProductsResponse).","x-provenance":"documented"},"title":{"type":"string","description":"Title.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description.","x-provenance":"documented"},"created_at":{"type":"string","description":"Created.","x-provenance":"documented"},"updated_at":{"type":"string","description":"Changed.","x-provenance":"documented"},"deleted_at":{"type":["string","null"],"description":"Deleted (the example).","x-provenance":"documented"}}}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/apiproducts-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meta === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.products === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "meta") || (key0 === "products"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.meta !== undefined){
let data0 = data.meta;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.page === undefined){
const err3 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.pages === undefined){
const err4 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "pages"},message:"must have required property '"+"pages"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.items === undefined){
const err5 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.per_page === undefined){
const err6 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "per_page"},message:"must have required property '"+"per_page"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((((key1 === "page") || (key1 === "pages")) || (key1 === "items")) || (key1 === "per_page"))){
const err7 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.page !== undefined){
let data1 = data0.page;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/meta/page",schemaPath:"#/properties/meta/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.pages !== undefined){
let data2 = data0.pages;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/meta/pages",schemaPath:"#/properties/meta/properties/pages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.items !== undefined){
let data3 = data0.items;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/meta/items",schemaPath:"#/properties/meta/properties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.per_page !== undefined){
let data4 = data0.per_page;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/meta/per_page",schemaPath:"#/properties/meta/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err12 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.products !== undefined){
let data5 = data.products;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.customer_code === undefined){
const err13 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "customer_code"},message:"must have required property '"+"customer_code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.unit_code === undefined){
const err14 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "unit_code"},message:"must have required property '"+"unit_code"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.title === undefined){
const err15 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.description === undefined){
const err16 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.created_at === undefined){
const err17 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.updated_at === undefined){
const err18 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data6){
if(!(((((((key2 === "customer_code") || (key2 === "unit_code")) || (key2 === "title")) || (key2 === "description")) || (key2 === "created_at")) || (key2 === "updated_at")) || (key2 === "deleted_at"))){
const err19 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.customer_code !== undefined){
if(typeof data6.customer_code !== "string"){
const err20 = {instancePath:instancePath+"/products/" + i0+"/customer_code",schemaPath:"#/properties/products/items/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.unit_code !== undefined){
if(typeof data6.unit_code !== "string"){
const err21 = {instancePath:instancePath+"/products/" + i0+"/unit_code",schemaPath:"#/properties/products/items/properties/unit_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.title !== undefined){
if(typeof data6.title !== "string"){
const err22 = {instancePath:instancePath+"/products/" + i0+"/title",schemaPath:"#/properties/products/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.description !== undefined){
let data10 = data6.description;
if((typeof data10 !== "string") && (data10 !== null)){
const err23 = {instancePath:instancePath+"/products/" + i0+"/description",schemaPath:"#/properties/products/items/properties/description/type",keyword:"type",params:{type: schema42.properties.products.items.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.created_at !== undefined){
if(typeof data6.created_at !== "string"){
const err24 = {instancePath:instancePath+"/products/" + i0+"/created_at",schemaPath:"#/properties/products/items/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.updated_at !== undefined){
if(typeof data6.updated_at !== "string"){
const err25 = {instancePath:instancePath+"/products/" + i0+"/updated_at",schemaPath:"#/properties/products/items/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.deleted_at !== undefined){
let data13 = data6.deleted_at;
if((typeof data13 !== "string") && (data13 !== null)){
const err26 = {instancePath:instancePath+"/products/" + i0+"/deleted_at",schemaPath:"#/properties/products/items/properties/deleted_at/type",keyword:"type",params:{type: schema42.properties.products.items.properties.deleted_at.type},message:"must be string,null"};
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
const err27 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_configure_request = validate28;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/configure-request.schema.json","title":"ConfigureRequest","description":"The body of `POST /products/configure` (type_8 of the specification): products by Probo `code` with the options chosen so far. `deliveries` is not declared by the spec but the docs say configure and price need the address; it is accepted and not used.","x-provenance":"documented","type":"object","required":["products"],"properties":{"products":{"type":"array","description":"The products to configure.","x-provenance":"documented","minItems":1,"maxItems":50,"items":{"title":"ConfigureProduct","type":"object","additionalProperties":false,"required":["code"],"description":"A product to configure (Code_18: closed).","x-provenance":"documented","properties":{"code":{"type":"string","description":"Code of the Probo product.","x-provenance":"documented","minLength":2},"id":{"type":"integer","description":"The shop's id of this product in the request.","x-provenance":"documented"},"options":{"type":"array","description":"The chosen options.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option: a code and, for inputs, a value.","x-provenance":"documented"}},"customer_code":{"type":"string","description":"Ignored. Probo's configurator (`ProboConnect/product-configurator`) stores a configuration by setting `customer_code` on the product it keeps configuring, so its later configure calls carry it (observed); the product is configured by `code`.","x-provenance":"observed"}}}},"language":{"type":"string","description":"Language of the answer texts (ISO 639-1).","x-provenance":"documented","minLength":2,"maxLength":2},"uploader_applications":{"type":"array","description":"Uploader applications.","x-provenance":"documented","items":{"type":"string"}},"deliveries":{"type":"array","description":"Delivery addresses (docs; not used by the mock).","x-provenance":"documented","items":{"type":"object"}}}};

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

export const api_configure_response = validate29;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/configure-response.schema.json","title":"ConfigureResponse","description":"The answer of `POST /products/configure`. Follows the newer docs (configure-examples page): `status`, `code`, `message: \"Options calculated\"` on top, and `id` and `code` per product (the spec example has no status and names the product `api_code`). `selected_options` with ranges follow the spec example; `calculation_id` is given once every product can be ordered (the spec example has it; null otherwise is invented).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","code","message","products","calculation_id"],"properties":{"status":{"type":"string","description":"Always \"ok\".","x-provenance":"documented","const":"ok"},"code":{"type":"integer","description":"Always 200.","x-provenance":"documented","const":200},"message":{"type":"string","description":"\"Options calculated\".","x-provenance":"documented"},"products":{"type":"array","description":"One per product of the request.","x-provenance":"documented","items":{"title":"ConfiguredProduct","type":"object","additionalProperties":false,"description":"A product and how far it is configured.","x-provenance":"documented","required":["id","code","can_order","amount","width","height","length","available_options","selected_options"],"properties":{"id":{"type":"integer","description":"Product id from the request (assigned when not given).","x-provenance":"documented"},"code":{"type":"string","description":"Product code.","x-provenance":"documented"},"can_order":{"type":"boolean","description":"Whether the options given are a complete, orderable configuration.","x-provenance":"documented"},"amount":{"type":"number","description":"Chosen amount (0 when none).","x-provenance":"documented"},"width":{"type":"number","description":"Chosen width (0 when none).","x-provenance":"documented"},"height":{"type":"number","description":"Chosen height (0 when none).","x-provenance":"documented"},"length":{"type":"number","description":"Chosen length (0 when none).","x-provenance":"documented"},"available_options":{"type":"array","description":"Groups still to choose, with their children.","x-provenance":"documented","items":{"$ref":"#/$defs/available"}},"selected_options":{"type":"array","description":"The options chosen so far (and defaults taken).","x-provenance":"documented","items":{"title":"SelectedOption","type":"object","additionalProperties":false,"description":"An option of the configuration, as the configure example lists them.","x-provenance":"documented","required":["type_code","code","name","value"],"properties":{"type_code":{"type":"string","description":"Option type.","x-provenance":"documented"},"code":{"type":["string","null"],"description":"Option code.","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description.","x-provenance":"documented"},"value":{"type":["string","null"],"description":"Value of an input, as a string (spec example); null for a choice.","x-provenance":"documented"},"default_value":{"type":["number","string","null"],"description":"Default value.","x-provenance":"documented"},"min_value":{"type":["string","null"],"description":"Smallest value, two decimals as a string (\"0.00\", spec example).","x-provenance":"documented"},"max_value":{"type":["string","null"],"description":"Largest value, as a string.","x-provenance":"documented"},"step_size":{"type":["number","null"],"description":"Step.","x-provenance":"documented"},"scale":{"type":["integer","null"],"description":"Decimals.","x-provenance":"documented"},"reversible":{"type":["boolean","null"],"description":"Whether width and height may be swapped.","x-provenance":"documented"}}}}}}},"calculation_id":{"type":["integer","null"],"description":"Id of this calculation, for `POST /products/uploader/create` and the order (null until every product can be ordered; invented).","x-provenance":"documented"}},"$defs":{"available":{"title":"AvailableOption","type":"object","additionalProperties":false,"description":"A group still to choose: the next step of the configuration, with its children (docs configure-examples page: `name`, `label`, `code`, `can_order`, `amount`, `width`, `height`, `length`, `available`, `unit_code`, `price`, `children`). Groups come one step at a time in tree order, each once: the first group after the last one the request named (with the input groups that follow it, so `size` and `amount` come together, as Probo's configurator merges them into one step), and any required group left behind (invented rule; Probo's own configurator `ProboConnect/product-configurator` appends every group it is given as a new step).","x-provenance":"documented","required":["code","type_code","name","label","description","can_order","amount","width","height","length","available","required","unit_code","price","children"],"properties":{"code":{"type":"string","description":"Group code.","x-provenance":"documented"},"type_code":{"type":"string","description":"Group type (`parent`, `parent_size`, `parent_amount`; the docs example leaves it out, the spec's option tree has it).","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language.","x-provenance":"documented"},"label":{"type":["string","null"],"description":"A label to show beside the name (docs example: null).","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description (invented on groups; null when the catalog has none).","x-provenance":"invented"},"can_order":{"type":["boolean","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"amount":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"width":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"height":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"length":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"available":{"type":"boolean","description":"Whether it can be chosen with the options given (changelog DEV-2292).","x-provenance":"documented"},"required":{"type":"boolean","description":"Whether it must be chosen to order (invented).","x-provenance":"invented"},"unit_code":{"type":["string","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"price":{"type":["object","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"children":{"type":"array","description":"The options of the group: inputs (width, height, amount) or choices (radio). Probo's configurator (`ProboConnect/product-configurator`) reads every field of each child.","x-provenance":"documented","items":{"$ref":"#/$defs/child"}}}},"child":{"title":"AvailableOptionChild","type":"object","additionalProperties":false,"description":"An option of a group: an input (width, height, amount…) or a choice. Probo's configurator (`ProboConnect/product-configurator`, `mapOptions`) reads, unguarded, `images.length` and `images[0].url`, `price[priceType]`, `unit_code`, `type_code`, `default_value`, `min_value`, `max_value`, `reversible`, `available`, `label`, `name`, `description`.","x-provenance":"documented","required":["code","type_code","name","label","description","value","default_value","min_value","max_value","step_size","scale","reversible","unit_code","available","images","price","children"],"properties":{"code":{"type":"string","description":"Option code (docs example).","x-provenance":"documented"},"type_code":{"type":"string","description":"Option type: `width`, `height`, `amount`, `number`, `decimal`, `radio`… (docs example; the configurator shows a number field for `number` and `decimal`).","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language (docs example).","x-provenance":"documented"},"label":{"type":["string","null"],"description":"A short label (e.g. \"Bestseller\"); the configurator shows it as a red tag (docs example; read by `ProboConnect/product-configurator`).","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description (docs example).","x-provenance":"documented"},"value":{"type":["number","null"],"description":"Current value of an input: given, or its default (docs example).","x-provenance":"documented"},"default_value":{"type":["number","null"],"description":"Default value of an input (docs example).","x-provenance":"documented"},"min_value":{"type":["number","null"],"description":"Smallest value (docs example).","x-provenance":"documented"},"max_value":{"type":["number","null"],"description":"Largest value (docs example).","x-provenance":"documented"},"step_size":{"type":["number","null"],"description":"Step of an input (spec option tree).","x-provenance":"documented"},"scale":{"type":["integer","null"],"description":"Decimals of an input (spec option tree).","x-provenance":"documented"},"reversible":{"type":["boolean","null"],"description":"Whether width and height may be swapped (flat-tree-validation guide; read by `ProboConnect/product-configurator`).","x-provenance":"documented"},"unit_code":{"type":["string","null"],"description":"Unit of an input value: \"cm\" for width, height and length (the catalog's unit; invented value), null otherwise; the configurator shows it, or \"pc\" (observed: read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"available":{"type":"boolean","description":"Whether it can be chosen with the options given (changelog DEV-2292).","x-provenance":"documented"},"images":{"type":"array","description":"Pictures of the option: `[]` or `{url}` items from the catalog (observed: `ProboConnect/product-configurator` reads `images.length` on every child, unguarded, and then `images[0].url`).","x-provenance":"observed","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}},"price":{"oneOf":[{"$ref":"#/$defs/optionPrice"},{"type":"null"}],"description":"The option's surcharge by price type, or null when it adds nothing (observed: `ProboConnect/product-configurator` reads `price[priceType]` when it is set).","x-provenance":"observed"},"children":{"type":"array","description":"Always empty: groups below a choice come as their own step once it is chosen (invented).","x-provenance":"invented","maxItems":0,"items":{"type":"object","description":"None.","x-provenance":"invented"}}}},"optionPrice":{"title":"OptionPriceFigures","type":"object","additionalProperties":false,"description":"The surcharge of this option in every price type Probo's configurator (`ProboConnect/product-configurator`) can be set to: it reads `price[priceType]`, priceType one of purchase_price, sales_price, base_price, each also `_incl_vat` (observed). The figures are the catalog's surcharge for the configuration so far (per m² or meter times the size given, plus per piece; invented); `base_price` equals `purchase_price` (the mock grants no discounts; invented).","x-provenance":"observed","required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat","base_price","base_price_incl_vat"],"properties":{"purchase_price":{"type":"number","description":"purchase price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"purchase_price_incl_vat":{"type":"number","description":"purchase price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"sales_price":{"type":"number","description":"sales price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"sales_price_incl_vat":{"type":"number","description":"sales price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"base_price":{"type":"number","description":"base price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"base_price_incl_vat":{"type":"number","description":"base price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"}}}}};
const schema46 = {"title":"AvailableOption","type":"object","additionalProperties":false,"description":"A group still to choose: the next step of the configuration, with its children (docs configure-examples page: `name`, `label`, `code`, `can_order`, `amount`, `width`, `height`, `length`, `available`, `unit_code`, `price`, `children`). Groups come one step at a time in tree order, each once: the first group after the last one the request named (with the input groups that follow it, so `size` and `amount` come together, as Probo's configurator merges them into one step), and any required group left behind (invented rule; Probo's own configurator `ProboConnect/product-configurator` appends every group it is given as a new step).","x-provenance":"documented","required":["code","type_code","name","label","description","can_order","amount","width","height","length","available","required","unit_code","price","children"],"properties":{"code":{"type":"string","description":"Group code.","x-provenance":"documented"},"type_code":{"type":"string","description":"Group type (`parent`, `parent_size`, `parent_amount`; the docs example leaves it out, the spec's option tree has it).","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language.","x-provenance":"documented"},"label":{"type":["string","null"],"description":"A label to show beside the name (docs example: null).","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description (invented on groups; null when the catalog has none).","x-provenance":"invented"},"can_order":{"type":["boolean","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"amount":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"width":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"height":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"length":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"available":{"type":"boolean","description":"Whether it can be chosen with the options given (changelog DEV-2292).","x-provenance":"documented"},"required":{"type":"boolean","description":"Whether it must be chosen to order (invented).","x-provenance":"invented"},"unit_code":{"type":["string","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"price":{"type":["object","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"children":{"type":"array","description":"The options of the group: inputs (width, height, amount) or choices (radio). Probo's configurator (`ProboConnect/product-configurator`) reads every field of each child.","x-provenance":"documented","items":{"$ref":"#/$defs/child"}}}};
const schema47 = {"title":"AvailableOptionChild","type":"object","additionalProperties":false,"description":"An option of a group: an input (width, height, amount…) or a choice. Probo's configurator (`ProboConnect/product-configurator`, `mapOptions`) reads, unguarded, `images.length` and `images[0].url`, `price[priceType]`, `unit_code`, `type_code`, `default_value`, `min_value`, `max_value`, `reversible`, `available`, `label`, `name`, `description`.","x-provenance":"documented","required":["code","type_code","name","label","description","value","default_value","min_value","max_value","step_size","scale","reversible","unit_code","available","images","price","children"],"properties":{"code":{"type":"string","description":"Option code (docs example).","x-provenance":"documented"},"type_code":{"type":"string","description":"Option type: `width`, `height`, `amount`, `number`, `decimal`, `radio`… (docs example; the configurator shows a number field for `number` and `decimal`).","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language (docs example).","x-provenance":"documented"},"label":{"type":["string","null"],"description":"A short label (e.g. \"Bestseller\"); the configurator shows it as a red tag (docs example; read by `ProboConnect/product-configurator`).","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description (docs example).","x-provenance":"documented"},"value":{"type":["number","null"],"description":"Current value of an input: given, or its default (docs example).","x-provenance":"documented"},"default_value":{"type":["number","null"],"description":"Default value of an input (docs example).","x-provenance":"documented"},"min_value":{"type":["number","null"],"description":"Smallest value (docs example).","x-provenance":"documented"},"max_value":{"type":["number","null"],"description":"Largest value (docs example).","x-provenance":"documented"},"step_size":{"type":["number","null"],"description":"Step of an input (spec option tree).","x-provenance":"documented"},"scale":{"type":["integer","null"],"description":"Decimals of an input (spec option tree).","x-provenance":"documented"},"reversible":{"type":["boolean","null"],"description":"Whether width and height may be swapped (flat-tree-validation guide; read by `ProboConnect/product-configurator`).","x-provenance":"documented"},"unit_code":{"type":["string","null"],"description":"Unit of an input value: \"cm\" for width, height and length (the catalog's unit; invented value), null otherwise; the configurator shows it, or \"pc\" (observed: read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"available":{"type":"boolean","description":"Whether it can be chosen with the options given (changelog DEV-2292).","x-provenance":"documented"},"images":{"type":"array","description":"Pictures of the option: `[]` or `{url}` items from the catalog (observed: `ProboConnect/product-configurator` reads `images.length` on every child, unguarded, and then `images[0].url`).","x-provenance":"observed","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}},"price":{"oneOf":[{"$ref":"#/$defs/optionPrice"},{"type":"null"}],"description":"The option's surcharge by price type, or null when it adds nothing (observed: `ProboConnect/product-configurator` reads `price[priceType]` when it is set).","x-provenance":"observed"},"children":{"type":"array","description":"Always empty: groups below a choice come as their own step once it is chosen (invented).","x-provenance":"invented","maxItems":0,"items":{"type":"object","description":"None.","x-provenance":"invented"}}}};
const schema48 = {"title":"OptionPriceFigures","type":"object","additionalProperties":false,"description":"The surcharge of this option in every price type Probo's configurator (`ProboConnect/product-configurator`) can be set to: it reads `price[priceType]`, priceType one of purchase_price, sales_price, base_price, each also `_incl_vat` (observed). The figures are the catalog's surcharge for the configuration so far (per m² or meter times the size given, plus per piece; invented); `base_price` equals `purchase_price` (the mock grants no discounts; invented).","x-provenance":"observed","required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat","base_price","base_price_incl_vat"],"properties":{"purchase_price":{"type":"number","description":"purchase price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"purchase_price_incl_vat":{"type":"number","description":"purchase price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"sales_price":{"type":"number","description":"sales price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"sales_price_incl_vat":{"type":"number","description":"sales price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"base_price":{"type":"number","description":"base price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"base_price_incl_vat":{"type":"number","description":"base price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type_code"},message:"must have required property '"+"type_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.label === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.description === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.value === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.default_value === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "default_value"},message:"must have required property '"+"default_value"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.min_value === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "min_value"},message:"must have required property '"+"min_value"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.max_value === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max_value"},message:"must have required property '"+"max_value"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.step_size === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step_size"},message:"must have required property '"+"step_size"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.scale === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.reversible === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reversible"},message:"must have required property '"+"reversible"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.unit_code === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_code"},message:"must have required property '"+"unit_code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.available === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "available"},message:"must have required property '"+"available"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.images === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.price === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.children === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "children"},message:"must have required property '"+"children"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema47.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err18 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.type_code !== undefined){
if(typeof data.type_code !== "string"){
const err19 = {instancePath:instancePath+"/type_code",schemaPath:"#/properties/type_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if((typeof data2 !== "string") && (data2 !== null)){
const err20 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema47.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.label !== undefined){
let data3 = data.label;
if((typeof data3 !== "string") && (data3 !== null)){
const err21 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: schema47.properties.label.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema47.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.value !== undefined){
let data5 = data.value;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (data5 !== null)){
const err23 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema47.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.default_value !== undefined){
let data6 = data.default_value;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err24 = {instancePath:instancePath+"/default_value",schemaPath:"#/properties/default_value/type",keyword:"type",params:{type: schema47.properties.default_value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.min_value !== undefined){
let data7 = data.min_value;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err25 = {instancePath:instancePath+"/min_value",schemaPath:"#/properties/min_value/type",keyword:"type",params:{type: schema47.properties.min_value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.max_value !== undefined){
let data8 = data.max_value;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err26 = {instancePath:instancePath+"/max_value",schemaPath:"#/properties/max_value/type",keyword:"type",params:{type: schema47.properties.max_value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.step_size !== undefined){
let data9 = data.step_size;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err27 = {instancePath:instancePath+"/step_size",schemaPath:"#/properties/step_size/type",keyword:"type",params:{type: schema47.properties.step_size.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.scale !== undefined){
let data10 = data.scale;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err28 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: schema47.properties.scale.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.reversible !== undefined){
let data11 = data.reversible;
if((typeof data11 !== "boolean") && (data11 !== null)){
const err29 = {instancePath:instancePath+"/reversible",schemaPath:"#/properties/reversible/type",keyword:"type",params:{type: schema47.properties.reversible.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.unit_code !== undefined){
let data12 = data.unit_code;
if((typeof data12 !== "string") && (data12 !== null)){
const err30 = {instancePath:instancePath+"/unit_code",schemaPath:"#/properties/unit_code/type",keyword:"type",params:{type: schema47.properties.unit_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.available !== undefined){
if(typeof data.available !== "boolean"){
const err31 = {instancePath:instancePath+"/available",schemaPath:"#/properties/available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.images !== undefined){
let data14 = data.images;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.url === undefined){
const err32 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data15){
if(!(key1 === "url")){
const err33 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.url !== undefined){
if(typeof data15.url !== "string"){
const err34 = {instancePath:instancePath+"/images/" + i0+"/url",schemaPath:"#/properties/images/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err35 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err36 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.price !== undefined){
let data17 = data.price;
const _errs56 = errors;
let valid4 = false;
let passing0 = null;
const _errs57 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.purchase_price === undefined){
const err37 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data17.purchase_price_incl_vat === undefined){
const err38 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data17.sales_price === undefined){
const err39 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17.sales_price_incl_vat === undefined){
const err40 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data17.base_price === undefined){
const err41 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/required",keyword:"required",params:{missingProperty: "base_price"},message:"must have required property '"+"base_price"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data17.base_price_incl_vat === undefined){
const err42 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/required",keyword:"required",params:{missingProperty: "base_price_incl_vat"},message:"must have required property '"+"base_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key2 in data17){
if(!((((((key2 === "purchase_price") || (key2 === "purchase_price_incl_vat")) || (key2 === "sales_price")) || (key2 === "sales_price_incl_vat")) || (key2 === "base_price")) || (key2 === "base_price_incl_vat"))){
const err43 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data17.purchase_price !== undefined){
let data18 = data17.purchase_price;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err44 = {instancePath:instancePath+"/price/purchase_price",schemaPath:"#/$defs/optionPrice/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data17.purchase_price_incl_vat !== undefined){
let data19 = data17.purchase_price_incl_vat;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err45 = {instancePath:instancePath+"/price/purchase_price_incl_vat",schemaPath:"#/$defs/optionPrice/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.sales_price !== undefined){
let data20 = data17.sales_price;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err46 = {instancePath:instancePath+"/price/sales_price",schemaPath:"#/$defs/optionPrice/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17.sales_price_incl_vat !== undefined){
let data21 = data17.sales_price_incl_vat;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err47 = {instancePath:instancePath+"/price/sales_price_incl_vat",schemaPath:"#/$defs/optionPrice/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.base_price !== undefined){
let data22 = data17.base_price;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err48 = {instancePath:instancePath+"/price/base_price",schemaPath:"#/$defs/optionPrice/properties/base_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.base_price_incl_vat !== undefined){
let data23 = data17.base_price_incl_vat;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err49 = {instancePath:instancePath+"/price/base_price_incl_vat",schemaPath:"#/$defs/optionPrice/properties/base_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/price",schemaPath:"#/$defs/optionPrice/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid0 = _errs57 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs80 = errors;
if(data17 !== null){
const err51 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid0 = _errs80 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err52 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.children !== undefined){
let data24 = data.children;
if(Array.isArray(data24)){
if(data24.length > 0){
const err53 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
const err54 = {instancePath:instancePath+"/children/" + i1,schemaPath:"#/properties/children/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type_code"},message:"must have required property '"+"type_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.label === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.description === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.can_order === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "can_order"},message:"must have required property '"+"can_order"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.amount === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.width === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.height === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "height"},message:"must have required property '"+"height"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.length === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "length"},message:"must have required property '"+"length"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.available === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "available"},message:"must have required property '"+"available"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.required === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.unit_code === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_code"},message:"must have required property '"+"unit_code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.price === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.children === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "children"},message:"must have required property '"+"children"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema46.properties, key0))){
const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err16 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.type_code !== undefined){
if(typeof data.type_code !== "string"){
const err17 = {instancePath:instancePath+"/type_code",schemaPath:"#/properties/type_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if((typeof data2 !== "string") && (data2 !== null)){
const err18 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema46.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.label !== undefined){
let data3 = data.label;
if((typeof data3 !== "string") && (data3 !== null)){
const err19 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: schema46.properties.label.type},message:"must be string,null"};
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
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema46.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.can_order !== undefined){
let data5 = data.can_order;
if((typeof data5 !== "boolean") && (data5 !== null)){
const err21 = {instancePath:instancePath+"/can_order",schemaPath:"#/properties/can_order/type",keyword:"type",params:{type: schema46.properties.can_order.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.amount !== undefined){
let data6 = data.amount;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err22 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: schema46.properties.amount.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.width !== undefined){
let data7 = data.width;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err23 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type: schema46.properties.width.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.height !== undefined){
let data8 = data.height;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err24 = {instancePath:instancePath+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type: schema46.properties.height.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.length !== undefined){
let data9 = data.length;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err25 = {instancePath:instancePath+"/length",schemaPath:"#/properties/length/type",keyword:"type",params:{type: schema46.properties.length.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.available !== undefined){
if(typeof data.available !== "boolean"){
const err26 = {instancePath:instancePath+"/available",schemaPath:"#/properties/available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err27 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.unit_code !== undefined){
let data12 = data.unit_code;
if((typeof data12 !== "string") && (data12 !== null)){
const err28 = {instancePath:instancePath+"/unit_code",schemaPath:"#/properties/unit_code/type",keyword:"type",params:{type: schema46.properties.unit_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.price !== undefined){
let data13 = data.price;
if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){
const err29 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/type",keyword:"type",params:{type: schema46.properties.price.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.children !== undefined){
let data14 = data.children;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate31(data14[i0], {instancePath:instancePath+"/children/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/configure-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
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
if(data.message === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.products === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.calculation_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calculation_id"},message:"must have required property '"+"calculation_id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "status") || (key0 === "code")) || (key0 === "message")) || (key0 === "products")) || (key0 === "calculation_id"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("ok" !== data0){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
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
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(200 !== data1){
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.products !== undefined){
let data3 = data.products;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err11 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.code === undefined){
const err12 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.can_order === undefined){
const err13 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "can_order"},message:"must have required property '"+"can_order"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.amount === undefined){
const err14 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.width === undefined){
const err15 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.height === undefined){
const err16 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "height"},message:"must have required property '"+"height"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.length === undefined){
const err17 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "length"},message:"must have required property '"+"length"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.available_options === undefined){
const err18 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "available_options"},message:"must have required property '"+"available_options"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.selected_options === undefined){
const err19 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "selected_options"},message:"must have required property '"+"selected_options"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!(func1.call(schema45.properties.products.items.properties, key1))){
const err20 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err21 = {instancePath:instancePath+"/products/" + i0+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.code !== undefined){
if(typeof data4.code !== "string"){
const err22 = {instancePath:instancePath+"/products/" + i0+"/code",schemaPath:"#/properties/products/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.can_order !== undefined){
if(typeof data4.can_order !== "boolean"){
const err23 = {instancePath:instancePath+"/products/" + i0+"/can_order",schemaPath:"#/properties/products/items/properties/can_order/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.amount !== undefined){
let data8 = data4.amount;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/products/" + i0+"/amount",schemaPath:"#/properties/products/items/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.width !== undefined){
let data9 = data4.width;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/products/" + i0+"/width",schemaPath:"#/properties/products/items/properties/width/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.height !== undefined){
let data10 = data4.height;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/products/" + i0+"/height",schemaPath:"#/properties/products/items/properties/height/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.length !== undefined){
let data11 = data4.length;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err27 = {instancePath:instancePath+"/products/" + i0+"/length",schemaPath:"#/properties/products/items/properties/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data4.available_options !== undefined){
let data12 = data4.available_options;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate30(data12[i1], {instancePath:instancePath+"/products/" + i0+"/available_options/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/products/" + i0+"/available_options",schemaPath:"#/properties/products/items/properties/available_options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data4.selected_options !== undefined){
let data14 = data4.selected_options;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type_code === undefined){
const err29 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2,schemaPath:"#/properties/products/items/properties/selected_options/items/required",keyword:"required",params:{missingProperty: "type_code"},message:"must have required property '"+"type_code"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data15.code === undefined){
const err30 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2,schemaPath:"#/properties/products/items/properties/selected_options/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data15.name === undefined){
const err31 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2,schemaPath:"#/properties/products/items/properties/selected_options/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data15.value === undefined){
const err32 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2,schemaPath:"#/properties/products/items/properties/selected_options/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data15){
if(!(func1.call(schema45.properties.products.items.properties.selected_options.items.properties, key2))){
const err33 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2,schemaPath:"#/properties/products/items/properties/selected_options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.type_code !== undefined){
if(typeof data15.type_code !== "string"){
const err34 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/type_code",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/type_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data15.code !== undefined){
let data17 = data15.code;
if((typeof data17 !== "string") && (data17 !== null)){
const err35 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/code",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/code/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data15.name !== undefined){
let data18 = data15.name;
if((typeof data18 !== "string") && (data18 !== null)){
const err36 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/name",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/name/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data15.description !== undefined){
let data19 = data15.description;
if((typeof data19 !== "string") && (data19 !== null)){
const err37 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/description",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/description/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.value !== undefined){
let data20 = data15.value;
if((typeof data20 !== "string") && (data20 !== null)){
const err38 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/value",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/value/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.default_value !== undefined){
let data21 = data15.default_value;
if(((!((typeof data21 == "number") && (isFinite(data21)))) && (typeof data21 !== "string")) && (data21 !== null)){
const err39 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/default_value",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/default_value/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.default_value.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.min_value !== undefined){
let data22 = data15.min_value;
if((typeof data22 !== "string") && (data22 !== null)){
const err40 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/min_value",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/min_value/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.min_value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data15.max_value !== undefined){
let data23 = data15.max_value;
if((typeof data23 !== "string") && (data23 !== null)){
const err41 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/max_value",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/max_value/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.max_value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.step_size !== undefined){
let data24 = data15.step_size;
if((!((typeof data24 == "number") && (isFinite(data24)))) && (data24 !== null)){
const err42 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/step_size",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/step_size/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.step_size.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.scale !== undefined){
let data25 = data15.scale;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
const err43 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/scale",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/scale/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.scale.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data15.reversible !== undefined){
let data26 = data15.reversible;
if((typeof data26 !== "boolean") && (data26 !== null)){
const err44 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2+"/reversible",schemaPath:"#/properties/products/items/properties/selected_options/items/properties/reversible/type",keyword:"type",params:{type: schema45.properties.products.items.properties.selected_options.items.properties.reversible.type},message:"must be boolean,null"};
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
else {
const err45 = {instancePath:instancePath+"/products/" + i0+"/selected_options/" + i2,schemaPath:"#/properties/products/items/properties/selected_options/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/products/" + i0+"/selected_options",schemaPath:"#/properties/products/items/properties/selected_options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.calculation_id !== undefined){
let data27 = data.calculation_id;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (data27 !== null)){
const err49 = {instancePath:instancePath+"/calculation_id",schemaPath:"#/properties/calculation_id/type",keyword:"type",params:{type: schema45.properties.calculation_id.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_delivery_price_figures = validate34;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json","title":"DeliveryPriceFigures","description":"The prices of one delivery of a `/price` speed: the shipping method's four prices (spec example), and the purchase figures Probo's configurator (`ProboConnect/product-configurator`) reads from `deliveries[].prices` (observed): it picks the cheapest delivery by `purchase_rush_surcharge` and shows `purchase_shipping_price` and `purchase_packaging_price`.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat","purchase_rush_surcharge","purchase_shipping_price","purchase_packaging_price"],"properties":{"purchase_price":{"type":"number","description":"Purchasing price. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"purchase_price_incl_vat":{"type":"number","description":"Purchasing price including customer's VAT. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"sales_price":{"type":"number","description":"Customer's sale price based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"sales_price_incl_vat":{"type":"number","description":"Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).","x-provenance":"documented"},"purchase_rush_surcharge":{"type":"number","description":"What this speed costs above the slowest one, for the products (a number: the configurator compares it with `<`; observed, read by `ProboConnect/product-configurator`). The mock's figure is the catalog's speed surcharge on the products' purchase price (0 for the slowest speed; invented).","x-provenance":"observed"},"purchase_shipping_price":{"type":"number","description":"The purchase price of shipping with this method (observed, read by `ProboConnect/product-configurator`); the mock's figure is the method's price in the catalog (invented).","x-provenance":"observed"},"purchase_packaging_price":{"type":"number","description":"The purchase price of packaging (observed, read by `ProboConnect/product-configurator`); the mock's figure is 0 for a pickup point and 1.50 a product otherwise (invented).","x-provenance":"observed"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.purchase_price === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.purchase_price_incl_vat === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sales_price === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sales_price_incl_vat === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.purchase_rush_surcharge === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase_rush_surcharge"},message:"must have required property '"+"purchase_rush_surcharge"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.purchase_shipping_price === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase_shipping_price"},message:"must have required property '"+"purchase_shipping_price"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.purchase_packaging_price === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase_packaging_price"},message:"must have required property '"+"purchase_packaging_price"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "purchase_price") || (key0 === "purchase_price_incl_vat")) || (key0 === "sales_price")) || (key0 === "sales_price_incl_vat")) || (key0 === "purchase_rush_surcharge")) || (key0 === "purchase_shipping_price")) || (key0 === "purchase_packaging_price"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.purchase_price !== undefined){
let data0 = data.purchase_price;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err8 = {instancePath:instancePath+"/purchase_price",schemaPath:"#/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.purchase_price_incl_vat !== undefined){
let data1 = data.purchase_price_incl_vat;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err9 = {instancePath:instancePath+"/purchase_price_incl_vat",schemaPath:"#/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sales_price !== undefined){
let data2 = data.sales_price;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/sales_price",schemaPath:"#/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sales_price_incl_vat !== undefined){
let data3 = data.sales_price_incl_vat;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/sales_price_incl_vat",schemaPath:"#/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.purchase_rush_surcharge !== undefined){
let data4 = data.purchase_rush_surcharge;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/purchase_rush_surcharge",schemaPath:"#/properties/purchase_rush_surcharge/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.purchase_shipping_price !== undefined){
let data5 = data.purchase_shipping_price;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/purchase_shipping_price",schemaPath:"#/properties/purchase_shipping_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.purchase_packaging_price !== undefined){
let data6 = data.purchase_packaging_price;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/purchase_packaging_price",schemaPath:"#/properties/purchase_packaging_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_error_answer = validate35;
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/error-answer.schema.json","title":"ErrorBody","description":"Every error answer of the mock (400, 401, 404, 405, 408, 413, 415, 5xx; not the 429, which has its own documented body). Probo's shape is `{\"status\": \"error\", \"message\": …}` (documented: the 400 answers of `/order/cancel` and `/order/release`, which also echo `id`); Probo publishes no body for validation errors, 401 or 404, so the mock uses the same shape for them and adds `reason` and the pointer-level `errors` list (invented).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","message","reason"],"properties":{"status":{"const":"error","description":"Always \"error\": a word, not the HTTP status code.","x-provenance":"documented"},"message":{"type":"string","description":"What went wrong, in words. The texts of `/order/cancel` and `/order/release` are Probo's (\"Order does not exist\", \"Could not cancel order, because order status is: production\"); the others are the mock's.","x-provenance":"documented"},"id":{"type":["string","integer"],"description":"`/order/cancel` and `/order/release` only: the order the request named, as Probo echoes it.","x-provenance":"documented"},"reason":{"type":"string","description":"A short machine-readable code of the mock, e.g. \"invalid_order\", \"order_does_not_exist\", \"unauthorized\" (invented: Probo sends none).","x-provenance":"invented","examples":["invalid_order"]},"errors":{"type":"array","description":"Every problem of the request body, by JSON pointer (invented; an integration reads `errors` as a list of texts, so clients should not rely on the item shape against Probo).","x-provenance":"invented","items":{"title":"ErrorItem","type":"object","additionalProperties":false,"required":["pointer","message"],"description":"One problem of the request body.","x-provenance":"invented","properties":{"pointer":{"type":"string","description":"JSON pointer into the request body, e.g. \"/deliveries/0/address/postal_code\" (\"\" is the whole body).","x-provenance":"invented"},"message":{"type":"string","description":"What is wrong there.","x-provenance":"invented"}}}}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/error-answer.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
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
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "status") || (key0 === "message")) || (key0 === "id")) || (key0 === "reason")) || (key0 === "errors"))){
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
if("error" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
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
if(data.id !== undefined){
let data2 = data.id;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema50.properties.id.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err7 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.errors !== undefined){
let data4 = data.errors;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer === undefined){
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "pointer"},message:"must have required property '"+"pointer"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.message === undefined){
const err9 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "pointer") || (key1 === "message"))){
const err10 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.pointer !== undefined){
if(typeof data5.pointer !== "string"){
const err11 = {instancePath:instancePath+"/errors/" + i0+"/pointer",schemaPath:"#/properties/errors/items/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err12 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err13 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err14 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_fault_rule = validate36;
const schema51 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/fault-rule.schema.json","title":"FaultRule","description":"An admin fault rule (`POST /__mock/faults`, invented): the next `times` calls of `route` answer with `answer`, as the `X-Probo-Mock-Answer` header would, for clients that cannot set headers.","x-provenance":"invented","type":"object","additionalProperties":false,"required":["route","answer"],"properties":{"route":{"type":"string","description":"The path, e.g. \"/price\" (exact, no query).","x-provenance":"invented","pattern":"^/"},"method":{"type":"string","description":"Only calls with this method (default any).","x-provenance":"invented","enum":["GET","POST"]},"answer":{"type":"string","description":"500, 503, 429, 429=MS (a 429 whose x-ratelimit-reset is MS), timeout, reset or slow=MS.","x-provenance":"invented","pattern":"^(500|503|429(=[0-9]{1,7})?|timeout|reset|slow=[0-9]{1,6})$"},"times":{"type":"integer","description":"How many calls (default 1).","x-provenance":"invented","minimum":1,"maximum":1000}}};
const pattern7 = new RegExp("^/", "u");
const pattern8 = new RegExp("^(500|503|429(=[0-9]{1,7})?|timeout|reset|slow=[0-9]{1,6})$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/fault-rule.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.route === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "route"},message:"must have required property '"+"route"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.answer === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "route") || (key0 === "method")) || (key0 === "answer")) || (key0 === "times"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.route !== undefined){
let data0 = data.route;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err3 = {instancePath:instancePath+"/route",schemaPath:"#/properties/route/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/route",schemaPath:"#/properties/route/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.method !== undefined){
let data1 = data.method;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data1 === "GET") || (data1 === "POST"))){
const err6 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema51.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.answer !== undefined){
let data2 = data.answer;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err7 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/pattern",keyword:"pattern",params:{pattern: "^(500|503|429(=[0-9]{1,7})?|timeout|reset|slow=[0-9]{1,6})$"},message:"must match pattern \""+"^(500|503|429(=[0-9]{1,7})?|timeout|reset|slow=[0-9]{1,6})$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.times !== undefined){
let data3 = data.times;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_order_address = validate37;
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-address.schema.json","title":"Address","description":"The recipient of a delivery (closed, as in the specification), or `{\"id\": N}` for an address of the address book (\"not yet supported\"). Required fields: the specification requires `company_name`, `first_name`, `street`, `postal_code`, `city` and `country`; the newer delivery docs page requires `first_name`, `last_name`, `street`, `house_number`, `postal_code`, `city` and `country` and makes `company_name` optional. The mock follows the docs (newer).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"description":"\"Id of the address in the addressbook (not yet supported).\" Alone: no other field with it.","x-provenance":"documented"},"company_name":{"type":"string","description":"\"Company name of the addressee.\" (the docs example sends \"\").","x-provenance":"documented"},"first_name":{"type":"string","description":"First name of the addressee.","x-provenance":"documented"},"last_name":{"type":"string","description":"Last name of the addressee.","x-provenance":"documented"},"street":{"type":"string","description":"Street name of the delivery address.","x-provenance":"documented"},"house_number":{"type":["string","integer"],"description":"House number of the delivery address: a string (\"17\", the specification's example) or an integer (17, the docs' example).","x-provenance":"documented"},"addition":{"type":"string","description":"Addition to the house number (\"A\", \"bis\", …).","x-provenance":"documented"},"postal_code":{"type":"string","description":"Postal code, e.g. \"9101PE\".","x-provenance":"documented"},"city":{"type":"string","description":"City of delivery.","x-provenance":"documented"},"country":{"type":"string","minLength":2,"maxLength":2,"description":"Country of delivery, two characters (\"NL\"; the specification checks no more).","x-provenance":"documented"},"phone":{"type":"string","description":"Phone number of the addressee.","x-provenance":"documented"},"email":{"type":"string","description":"E-mail address of the addressee (no format in the specification).","x-provenance":"documented"}},"if":{"required":["id"],"properties":{"id":true}},"then":{"maxProperties":1},"else":{"required":["first_name","last_name","street","house_number","postal_code","city","country"],"properties":{"first_name":true,"last_name":true,"street":true,"house_number":true,"postal_code":true,"city":true,"country":true}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-address.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err1 = {instancePath,schemaPath:"#/then/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.first_name === undefined){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.last_name === undefined){
const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.street === undefined){
const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "street"},message:"must have required property '"+"street"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.house_number === undefined){
const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.postal_code === undefined){
const err6 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "postal_code"},message:"must have required property '"+"postal_code"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.city === undefined){
const err7 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.country === undefined){
const err8 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.first_name = true;
props0.last_name = true;
props0.street = true;
props0.house_number = true;
props0.postal_code = true;
props0.city = true;
props0.country = true;
props0.id = true;
}
ifClause0 = "else";
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema52.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.company_name !== undefined){
if(typeof data.company_name !== "string"){
const err13 = {instancePath:instancePath+"/company_name",schemaPath:"#/properties/company_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.first_name !== undefined){
if(typeof data.first_name !== "string"){
const err14 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.last_name !== undefined){
if(typeof data.last_name !== "string"){
const err15 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.street !== undefined){
if(typeof data.street !== "string"){
const err16 = {instancePath:instancePath+"/street",schemaPath:"#/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.house_number !== undefined){
let data5 = data.house_number;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
const err17 = {instancePath:instancePath+"/house_number",schemaPath:"#/properties/house_number/type",keyword:"type",params:{type: schema52.properties.house_number.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.addition !== undefined){
if(typeof data.addition !== "string"){
const err18 = {instancePath:instancePath+"/addition",schemaPath:"#/properties/addition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.postal_code !== undefined){
if(typeof data.postal_code !== "string"){
const err19 = {instancePath:instancePath+"/postal_code",schemaPath:"#/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.city !== undefined){
if(typeof data.city !== "string"){
const err20 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.country !== undefined){
let data9 = data.country;
if(typeof data9 === "string"){
if(func2(data9) > 2){
const err21 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data9) < 2){
const err22 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err23 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
const err24 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err25 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_order_answer = validate38;
const schema53 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-answer.schema.json","title":"OrderAccepted","description":"The HTTP 202 answer to `POST /order`: the same body as the `queued` callback, without `supplier_order_number` (observed). The sources disagree on the status word: the specification's example (2020) says `\"status\": \"order_queued\"`, the newer Anypoint page (\"the response payload on POST /order will be like\") and the callbacks guide say `queued`, after the changelog removed the `order_` prefix. The mock follows the newer source: `queued`. An order with `\"uploader\": true` products also gets `uploaders`, its uploader sessions: the uploader guide says \"The URL to the uploader session(s) will be returned in order response\" (documented) but shows no example, so the key and item shape (those of `POST /products/uploader/create`) are invented.","x-provenance":"documented","if":{"type":"object","required":["uploaders"],"properties":{"uploaders":true}},"then":{"type":"object","additionalProperties":false,"required":["status","message","order","uploaders"],"properties":{"status":{"const":"queued","description":"Always `queued`.","x-provenance":"documented"},"message":{"type":"string","description":"\"Order queued\".","x-provenance":"documented"},"order":{"$ref":"https://probo-mock.dev/schemas/common/order-reference.schema.json","description":"The order.","x-provenance":"documented"},"uploaders":{"type":"array","minItems":1,"description":"The order's uploader sessions; the order waits at queued until every one is confirmed (invented key and shape).","x-provenance":"invented","items":{"$ref":"https://probo-mock.dev/schemas/api/uploader-session.schema.json"}}}},"else":{"$ref":"https://probo-mock.dev/schemas/callbacks/queued.schema.json"}};
const schema54 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/order-reference.schema.json","title":"OrderReference","description":"The order a callback is about. `id` is the shop's own order id (\"we always try\" to send it, says the guide); `supplier_order_number` is Probo's number, present from `accepted` on.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"The order id the shop sent in its order post.","x-provenance":"documented","examples":["my_weborder_1234"]},"reference":{"type":"string","description":"The shop's free-text reference of the order post.","x-provenance":"documented","examples":["Banner 510 for customer X"]},"supplier_order_number":{"type":"integer","minimum":1,"description":"Probo's order number; added to callback data in the changelog, shown from `accepted` on.","x-provenance":"documented","examples":[202012345]},"status_page_url":{"type":"string","format":"uri","pattern":"^https?://","description":"The public print status page of the order (changelog: \"print status page URL\").","x-provenance":"documented","examples":["https://print-status.com/1240176000/26436785d82dc14f2b2e36asds274149ca52354bb134473cfc72ec68e291d1c"]}}};
const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-session.schema.json","title":"UploaderSession","description":"An uploader session: what `POST /products/uploader/create` answers for each product (and the 202 of an order with `\"uploader\": true`).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["product_id","id","external_id","url"],"properties":{"product_id":{"type":"integer","description":"The product it uploads for.","x-provenance":"documented"},"id":{"type":"integer","description":"Session id.","x-provenance":"documented"},"external_id":{"type":"integer","description":"External id, needed with `id` in the order's `uploaders` (docs uploader guide; not in the spec answer).","x-provenance":"documented"},"url":{"type":"string","description":"The session page: on the mock itself (`/uploader/{id}?token=…`; invented, Probo's is print-uploader.com).","x-provenance":"documented"}}};
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

export const api_order_cancel_answer = validate41;
const schema58 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-cancel-answer.schema.json","title":"OrderCancelAnswer","description":"The 200 answer to `POST /order/cancel`: `{\"status\": \"cancelled\", \"message\": \"Order cancelled\", \"id\"}` (two l's, unlike the `canceled` status of the callback that follows). The refusals are 400s in the error shape with Probo's texts: \"Could not cancel order, because order status is: production\", \"Order does not exist\".","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","message","id"],"properties":{"status":{"const":"cancelled","description":"Always \"cancelled\".","x-provenance":"documented"},"message":{"const":"Order cancelled","description":"Always \"Order cancelled\".","x-provenance":"documented"},"id":{"type":["string","integer"],"description":"The order's id (for a cancel by `supplier_order_number`, the shop's id of that order: invented, the specification shows no such answer).","x-provenance":"documented"}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-cancel-answer.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
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
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "status") || (key0 === "message")) || (key0 === "id"))){
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
if("cancelled" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "cancelled"},message:"must be equal to constant"};
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
if("Order cancelled" !== data.message){
const err5 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/const",keyword:"const",params:{allowedValue: "Order cancelled"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema58.properties.id.type},message:"must be string,integer"};
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
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_order_cancel_request = validate42;
const schema59 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json","title":"OrderCancelRequest","description":"The body of `POST /order/cancel` (and of `/order/release`): one order, by `id` (`{\"id\": \"order-5234231\"}`, the specification's example) or by `supplier_order_number`; each an integer or a string. The specification keeps it open with `minProperties: 1`; the mock requires one of the two keys.","x-provenance":"documented","type":"object","minProperties":1,"properties":{"id":{"type":["integer","string"],"description":"The shop's order id.","x-provenance":"documented"},"supplier_order_number":{"type":["integer","string"],"description":"Probo's order number.","x-provenance":"documented"}},"anyOf":[{"required":["id"],"properties":{"id":true}},{"required":["supplier_order_number"],"properties":{"supplier_order_number":true}}]};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-cancel-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.id = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.supplier_order_number === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "supplier_order_number"},message:"must have required property '"+"supplier_order_number"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.supplier_order_number = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err3 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.supplier_order_number = true;
}
if(data.id !== undefined){
let data0 = data.id;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema59.properties.id.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.supplier_order_number !== undefined){
let data1 = data.supplier_order_number;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err5 = {instancePath:instancePath+"/supplier_order_number",schemaPath:"#/properties/supplier_order_number/type",keyword:"type",params:{type: schema59.properties.supplier_order_number.type},message:"must be integer,string"};
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
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate42.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const api_order_delivery = validate43;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-delivery.schema.json","title":"OrderDelivery","description":"One delivery of an order post. The specification allows six closed alternatives: one date key (`delivery_date`, `delivery_date_preset` or `shipping_date`) with one method key (`shipping_method_code` or `shipping_method_preset`); `carrier_code` only with `shipping_method_preset`, `shipping_label_url` only with `shipping_method_code`. Written here as one closed object with those rules, so that a refusal names one clear problem: \"a delivery needs one of delivery_date, delivery_date_preset, shipping_date and one of shipping_method_code, shipping_method_preset\". An address alone is refused, as Probo does (observed: 400 \"required key [shipping_method_preset] not found\").","x-provenance":"documented","type":"object","additionalProperties":false,"required":["address"],"properties":{"address":{"$ref":"https://probo-mock.dev/schemas/api/order-address.schema.json","description":"Where the delivery goes.","x-provenance":"documented"},"sender_address":{"$ref":"https://probo-mock.dev/schemas/api/order-sender-address.schema.json","description":"Optional sender shown on the label (the docs' \"sender object\"; \"The carrier will determine if and which data to use\"). The key is `sender_address`, as in the specification (the docs page's own example is not public); a delivery with `sender` is refused, pointing here.","x-provenance":"documented"},"delivery_date":{"type":"string","format":"date","description":"\"Date the order should be delivered.\"","x-provenance":"documented","examples":["2020-08-12"]},"delivery_date_preset":{"type":"string","minLength":1,"description":"Name of a preset that picks the delivery date. A free string: \"Please contact Probo for a list of presets\"; the docs name `cheapest` and `fastest`, shops also send `first_possible` (observed).","x-provenance":"documented","examples":["cheapest","fastest","first_possible"]},"shipping_date":{"type":"string","format":"date","description":"The date the order should ship.","x-provenance":"documented"},"shipping_method_code":{"type":"string","minLength":1,"description":"\"Code of the shipping method to be used for shipping the order. Please contact Probo for a list of codes.\"","x-provenance":"documented","examples":["onbezorgd-standard","dhl-standard"]},"shipping_method_preset":{"type":"string","minLength":1,"description":"Name of a preset that picks the shipping method. A free string; the docs name `cheapest` and `fastest`.","x-provenance":"documented","examples":["cheapest","fastest"]},"carrier_code":{"type":"string","description":"\"Code of the carrier to be used for shipping the order.\" Only together with `shipping_method_preset` (\"The option carrier_code only works together with presets\").","x-provenance":"documented","examples":["onb"]},"shipping_label_url":{"type":"string","description":"A shipping label of your own; only together with `shipping_method_code`.","x-provenance":"documented"},"packing_slip_urls":{"type":"array","items":{"type":"string","description":"The URL of a packing slip.","x-provenance":"documented"},"description":"Packing slips to put in the parcel.","x-provenance":"documented"}},"oneOf":[{"required":["delivery_date","shipping_method_code"],"properties":{"delivery_date":true,"shipping_method_code":true}},{"required":["delivery_date","shipping_method_preset"],"properties":{"delivery_date":true,"shipping_method_preset":true}},{"required":["delivery_date_preset","shipping_method_code"],"properties":{"delivery_date_preset":true,"shipping_method_code":true}},{"required":["delivery_date_preset","shipping_method_preset"],"properties":{"delivery_date_preset":true,"shipping_method_preset":true}},{"required":["shipping_date","shipping_method_code"],"properties":{"shipping_date":true,"shipping_method_code":true}},{"required":["shipping_date","shipping_method_preset"],"properties":{"shipping_date":true,"shipping_method_preset":true}}],"dependentRequired":{"carrier_code":["shipping_method_preset"],"shipping_label_url":["shipping_method_code"]}};
const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-sender-address.schema.json","title":"SenderAddress","description":"`sender_address` of a delivery: the sending party some carriers print (\"a sender object … optional and not required\", docs). The specification names it `sender_address` and allows a full address (requiring `company_name`, `first_name`, `street`, `house_number`, `postal_code`, `city`, `country`) or an address-book `{\"id\", \"house_number\"}`; both open.","x-provenance":"documented","type":"object","properties":{"id":{"type":"integer","minimum":1,"description":"\"Id of the address in the addressbook (not yet supported).\"","x-provenance":"documented"},"company_name":{"type":"string","description":"Company name of the sender.","x-provenance":"documented"},"first_name":{"type":"string","description":"First name of the sender.","x-provenance":"documented"},"last_name":{"type":"string","description":"Last name of the sender.","x-provenance":"documented"},"street":{"type":"string","description":"Street name.","x-provenance":"documented"},"house_number":{"type":["string","integer"],"description":"House number: a string or an integer.","x-provenance":"documented"},"addition":{"type":"string","description":"Addition to the house number.","x-provenance":"documented"},"postal_code":{"type":"string","description":"Postal code.","x-provenance":"documented"},"city":{"type":"string","description":"City.","x-provenance":"documented"},"country":{"type":"string","minLength":2,"maxLength":2,"description":"Country, two characters.","x-provenance":"documented"},"phone":{"type":"string","description":"Phone number.","x-provenance":"documented"},"email":{"type":"string","description":"E-mail address.","x-provenance":"documented"}},"if":{"required":["id"],"properties":{"id":true}},"then":{"required":["id","house_number"],"properties":{"id":true,"house_number":true}},"else":{"required":["company_name","first_name","street","house_number","postal_code","city","country"],"properties":{"company_name":true,"first_name":true,"street":true,"house_number":true,"postal_code":true,"city":true,"country":true}}};
const formats4 = require("ajv-formats/dist/formats").fullFormats.date;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-delivery.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shipping_method_code === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "shipping_method_code"},message:"must have required property '"+"shipping_method_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.delivery_date = true;
props0.shipping_method_code = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.shipping_method_preset === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "shipping_method_preset"},message:"must have required property '"+"shipping_method_preset"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.delivery_date = true;
props0.shipping_method_preset = true;
}
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date_preset === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "delivery_date_preset"},message:"must have required property '"+"delivery_date_preset"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.shipping_method_code === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "shipping_method_code"},message:"must have required property '"+"shipping_method_code"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = props0 || {};
props0.delivery_date_preset = true;
props0.shipping_method_code = true;
}
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delivery_date_preset === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "delivery_date_preset"},message:"must have required property '"+"delivery_date_preset"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.shipping_method_preset === undefined){
const err7 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "shipping_method_preset"},message:"must have required property '"+"shipping_method_preset"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = props0 || {};
props0.delivery_date_preset = true;
props0.shipping_method_preset = true;
}
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shipping_date === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "shipping_date"},message:"must have required property '"+"shipping_date"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.shipping_method_code === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "shipping_method_code"},message:"must have required property '"+"shipping_method_code"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = props0 || {};
props0.shipping_date = true;
props0.shipping_method_code = true;
}
}
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shipping_date === undefined){
const err10 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "shipping_date"},message:"must have required property '"+"shipping_date"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.shipping_method_preset === undefined){
const err11 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "shipping_method_preset"},message:"must have required property '"+"shipping_method_preset"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = props0 || {};
props0.shipping_date = true;
props0.shipping_method_preset = true;
}
}
}
}
}
}
}
if(!valid0){
const err12 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema60.properties, key0))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.address !== undefined){
let data0 = data.address;
const _errs13 = errors;
let valid3 = true;
const _errs14 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.id === undefined) && (missing0 = "id")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid1 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs15 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
const err16 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/then/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid1 = _errs15 === errors;
valid3 = _valid1;
ifClause0 = "then";
}
else {
const _errs16 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.first_name === undefined){
const err17 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data0.last_name === undefined){
const err18 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data0.street === undefined){
const err19 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "street"},message:"must have required property '"+"street"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data0.house_number === undefined){
const err20 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data0.postal_code === undefined){
const err21 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "postal_code"},message:"must have required property '"+"postal_code"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data0.city === undefined){
const err22 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data0.country === undefined){
const err23 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/else/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.first_name = true;
props1.last_name = true;
props1.street = true;
props1.house_number = true;
props1.postal_code = true;
props1.city = true;
props1.country = true;
props1.id = true;
}
ifClause0 = "else";
}
if(!valid3){
const err24 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(func1.call(schema52.properties, key1))){
const err25 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err26 = {instancePath:instancePath+"/address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err27 = {instancePath:instancePath+"/address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data0.company_name !== undefined){
if(typeof data0.company_name !== "string"){
const err28 = {instancePath:instancePath+"/address/company_name",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/company_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data0.first_name !== undefined){
if(typeof data0.first_name !== "string"){
const err29 = {instancePath:instancePath+"/address/first_name",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data0.last_name !== undefined){
if(typeof data0.last_name !== "string"){
const err30 = {instancePath:instancePath+"/address/last_name",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data0.street !== undefined){
if(typeof data0.street !== "string"){
const err31 = {instancePath:instancePath+"/address/street",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data0.house_number !== undefined){
let data6 = data0.house_number;
if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){
const err32 = {instancePath:instancePath+"/address/house_number",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/house_number/type",keyword:"type",params:{type: schema52.properties.house_number.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data0.addition !== undefined){
if(typeof data0.addition !== "string"){
const err33 = {instancePath:instancePath+"/address/addition",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/addition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data0.postal_code !== undefined){
if(typeof data0.postal_code !== "string"){
const err34 = {instancePath:instancePath+"/address/postal_code",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data0.city !== undefined){
if(typeof data0.city !== "string"){
const err35 = {instancePath:instancePath+"/address/city",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data0.country !== undefined){
let data10 = data0.country;
if(typeof data10 === "string"){
if(func2(data10) > 2){
const err36 = {instancePath:instancePath+"/address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data10) < 2){
const err37 = {instancePath:instancePath+"/address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/country/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data0.phone !== undefined){
if(typeof data0.phone !== "string"){
const err39 = {instancePath:instancePath+"/address/phone",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data0.email !== undefined){
if(typeof data0.email !== "string"){
const err40 = {instancePath:instancePath+"/address/email",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err41 = {instancePath:instancePath+"/address",schemaPath:"https://probo-mock.dev/schemas/api/order-address.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.sender_address !== undefined){
let data13 = data.sender_address;
const _errs59 = errors;
let valid6 = true;
const _errs60 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing1;
if((data13.id === undefined) && (missing1 = "id")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var _valid2 = _errs60 === errors;
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid2){
const _errs61 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.id === undefined){
const err43 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/then/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13.house_number === undefined){
const err44 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/then/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid2 = _errs61 === errors;
valid6 = _valid2;
if(valid6){
var props2 = {};
props2.id = true;
props2.house_number = true;
}
ifClause1 = "then";
}
else {
const _errs62 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.company_name === undefined){
const err45 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "company_name"},message:"must have required property '"+"company_name"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data13.first_name === undefined){
const err46 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data13.street === undefined){
const err47 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "street"},message:"must have required property '"+"street"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data13.house_number === undefined){
const err48 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data13.postal_code === undefined){
const err49 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "postal_code"},message:"must have required property '"+"postal_code"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data13.city === undefined){
const err50 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data13.country === undefined){
const err51 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/else/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
var _valid2 = _errs62 === errors;
valid6 = _valid2;
if(valid6){
if(props2 !== true){
props2 = props2 || {};
props2.company_name = true;
props2.first_name = true;
props2.street = true;
props2.house_number = true;
props2.postal_code = true;
props2.city = true;
props2.country = true;
}
}
ifClause1 = "else";
}
if(!valid6){
const err52 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(props2 !== true){
props2 = props2 || {};
props2.id = true;
props2.company_name = true;
props2.first_name = true;
props2.last_name = true;
props2.street = true;
props2.house_number = true;
props2.addition = true;
props2.postal_code = true;
props2.city = true;
props2.country = true;
props2.phone = true;
props2.email = true;
}
if(data13.id !== undefined){
let data14 = data13.id;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err53 = {instancePath:instancePath+"/sender_address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/sender_address/id",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data13.company_name !== undefined){
if(typeof data13.company_name !== "string"){
const err55 = {instancePath:instancePath+"/sender_address/company_name",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/company_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data13.first_name !== undefined){
if(typeof data13.first_name !== "string"){
const err56 = {instancePath:instancePath+"/sender_address/first_name",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data13.last_name !== undefined){
if(typeof data13.last_name !== "string"){
const err57 = {instancePath:instancePath+"/sender_address/last_name",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data13.street !== undefined){
if(typeof data13.street !== "string"){
const err58 = {instancePath:instancePath+"/sender_address/street",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data13.house_number !== undefined){
let data19 = data13.house_number;
if((typeof data19 !== "string") && (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19))))){
const err59 = {instancePath:instancePath+"/sender_address/house_number",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/house_number/type",keyword:"type",params:{type: schema62.properties.house_number.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data13.addition !== undefined){
if(typeof data13.addition !== "string"){
const err60 = {instancePath:instancePath+"/sender_address/addition",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/addition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data13.postal_code !== undefined){
if(typeof data13.postal_code !== "string"){
const err61 = {instancePath:instancePath+"/sender_address/postal_code",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data13.city !== undefined){
if(typeof data13.city !== "string"){
const err62 = {instancePath:instancePath+"/sender_address/city",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data13.country !== undefined){
let data23 = data13.country;
if(typeof data23 === "string"){
if(func2(data23) > 2){
const err63 = {instancePath:instancePath+"/sender_address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(func2(data23) < 2){
const err64 = {instancePath:instancePath+"/sender_address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/country/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/sender_address/country",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data13.phone !== undefined){
if(typeof data13.phone !== "string"){
const err66 = {instancePath:instancePath+"/sender_address/phone",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data13.email !== undefined){
if(typeof data13.email !== "string"){
const err67 = {instancePath:instancePath+"/sender_address/email",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/sender_address",schemaPath:"https://probo-mock.dev/schemas/api/order-sender-address.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.delivery_date !== undefined){
let data26 = data.delivery_date;
if(typeof data26 === "string"){
if(!(formats4.validate(data26))){
const err69 = {instancePath:instancePath+"/delivery_date",schemaPath:"#/properties/delivery_date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/delivery_date",schemaPath:"#/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.delivery_date_preset !== undefined){
let data27 = data.delivery_date_preset;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err71 = {instancePath:instancePath+"/delivery_date_preset",schemaPath:"#/properties/delivery_date_preset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/delivery_date_preset",schemaPath:"#/properties/delivery_date_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.shipping_date !== undefined){
let data28 = data.shipping_date;
if(typeof data28 === "string"){
if(!(formats4.validate(data28))){
const err73 = {instancePath:instancePath+"/shipping_date",schemaPath:"#/properties/shipping_date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/shipping_date",schemaPath:"#/properties/shipping_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.shipping_method_code !== undefined){
let data29 = data.shipping_method_code;
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err75 = {instancePath:instancePath+"/shipping_method_code",schemaPath:"#/properties/shipping_method_code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/shipping_method_code",schemaPath:"#/properties/shipping_method_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.shipping_method_preset !== undefined){
let data30 = data.shipping_method_preset;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err77 = {instancePath:instancePath+"/shipping_method_preset",schemaPath:"#/properties/shipping_method_preset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/shipping_method_preset",schemaPath:"#/properties/shipping_method_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.carrier_code !== undefined){
if(typeof data.carrier_code !== "string"){
const err79 = {instancePath:instancePath+"/carrier_code",schemaPath:"#/properties/carrier_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.shipping_label_url !== undefined){
if(typeof data.shipping_label_url !== "string"){
const err80 = {instancePath:instancePath+"/shipping_label_url",schemaPath:"#/properties/shipping_label_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.packing_slip_urls !== undefined){
let data33 = data.packing_slip_urls;
if(Array.isArray(data33)){
const len0 = data33.length;
for(let i0=0; i0<len0; i0++){
if(typeof data33[i0] !== "string"){
const err81 = {instancePath:instancePath+"/packing_slip_urls/" + i0,schemaPath:"#/properties/packing_slip_urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/packing_slip_urls",schemaPath:"#/properties/packing_slip_urls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.carrier_code !== undefined){
if(data.shipping_method_preset === undefined){
const err83 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "carrier_code",
    missingProperty: "shipping_method_preset",
    depsCount: 1,
    deps: "shipping_method_preset"},message:"must have property shipping_method_preset when property carrier_code is present"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.shipping_label_url !== undefined){
if(data.shipping_method_code === undefined){
const err84 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "shipping_label_url",
    missingProperty: "shipping_method_code",
    depsCount: 1,
    deps: "shipping_method_code"},message:"must have property shipping_method_code when property shipping_label_url is present"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_order_file = validate44;
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-file.schema.json","title":"OrderFile","description":"A print file Probo downloads and preflights (closed, as in the specification, which requires no field of it). A `uri` containing \"reject\" makes the mock play `file-rejected` (invented).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"uri":{"type":"string","description":"\"Url to the print file, allowed file formats are .pdf, .jpg and .png.\"","x-provenance":"documented","examples":["http://test.com/printfile.pdf"]},"id":{"type":"integer","minimum":1,"description":"\"Id of the external file selected via a uploader-application\".","x-provenance":"documented"},"page":{"type":"integer","minimum":1,"description":"Default 1: the page of a multipage PDF to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front: the side to print the file on.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print the file (ignored with `pages`).","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Default 0: rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default false: fill the canvas when the image is smaller.","x-provenance":"documented"},"fill_even":{"type":"boolean","description":"Default false: fill proportionally.","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"Default none: how to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Default false: mirror the image.","x-provenance":"documented"},"pages":{"type":"array","description":"Per page of a multipage file: what to print.","x-provenance":"documented","items":{"title":"OrderFilePage","type":"object","additionalProperties":false,"required":["page"],"description":"One page of a multipage file.","x-provenance":"documented","properties":{"page":{"type":"integer","minimum":1,"description":"The page number to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print this page.","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default true (the file-level default is false).","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"How to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Mirror the page.","x-provenance":"documented"}}}}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-file.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema63.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err1 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.page !== undefined){
let data2 = data.page;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.side !== undefined){
let data3 = data.side;
if(!((data3 === "front") || (data3 === "back"))){
const err6 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema63.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.amount !== undefined){
let data4 = data.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.rotation !== undefined){
let data5 = data.rotation;
if(!((((data5 === 0) || (data5 === 90)) || (data5 === 180)) || (data5 === 270))){
const err9 = {instancePath:instancePath+"/rotation",schemaPath:"#/properties/rotation/enum",keyword:"enum",params:{allowedValues: schema63.properties.rotation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.fill !== undefined){
if(typeof data.fill !== "boolean"){
const err10 = {instancePath:instancePath+"/fill",schemaPath:"#/properties/fill/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.fill_even !== undefined){
if(typeof data.fill_even !== "boolean"){
const err11 = {instancePath:instancePath+"/fill_even",schemaPath:"#/properties/fill_even/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tiling !== undefined){
let data8 = data.tiling;
if(!(((data8 === "none") || (data8 === "horizontal")) || (data8 === "vertical"))){
const err12 = {instancePath:instancePath+"/tiling",schemaPath:"#/properties/tiling/enum",keyword:"enum",params:{allowedValues: schema63.properties.tiling.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.mirror !== undefined){
if(typeof data.mirror !== "boolean"){
const err13 = {instancePath:instancePath+"/mirror",schemaPath:"#/properties/mirror/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.pages !== undefined){
let data10 = data.pages;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.page === undefined){
const err14 = {instancePath:instancePath+"/pages/" + i0,schemaPath:"#/properties/pages/items/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data11){
if(!(((((((key1 === "page") || (key1 === "side")) || (key1 === "amount")) || (key1 === "rotation")) || (key1 === "fill")) || (key1 === "tiling")) || (key1 === "mirror"))){
const err15 = {instancePath:instancePath+"/pages/" + i0,schemaPath:"#/properties/pages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data11.page !== undefined){
let data12 = data11.page;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err16 = {instancePath:instancePath+"/pages/" + i0+"/page",schemaPath:"#/properties/pages/items/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err17 = {instancePath:instancePath+"/pages/" + i0+"/page",schemaPath:"#/properties/pages/items/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.side !== undefined){
let data13 = data11.side;
if(!((data13 === "front") || (data13 === "back"))){
const err18 = {instancePath:instancePath+"/pages/" + i0+"/side",schemaPath:"#/properties/pages/items/properties/side/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.amount !== undefined){
let data14 = data11.amount;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err19 = {instancePath:instancePath+"/pages/" + i0+"/amount",schemaPath:"#/properties/pages/items/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err20 = {instancePath:instancePath+"/pages/" + i0+"/amount",schemaPath:"#/properties/pages/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.rotation !== undefined){
let data15 = data11.rotation;
if(!((((data15 === 0) || (data15 === 90)) || (data15 === 180)) || (data15 === 270))){
const err21 = {instancePath:instancePath+"/pages/" + i0+"/rotation",schemaPath:"#/properties/pages/items/properties/rotation/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.rotation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data11.fill !== undefined){
if(typeof data11.fill !== "boolean"){
const err22 = {instancePath:instancePath+"/pages/" + i0+"/fill",schemaPath:"#/properties/pages/items/properties/fill/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.tiling !== undefined){
let data17 = data11.tiling;
if(!(((data17 === "none") || (data17 === "horizontal")) || (data17 === "vertical"))){
const err23 = {instancePath:instancePath+"/pages/" + i0+"/tiling",schemaPath:"#/properties/pages/items/properties/tiling/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.tiling.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data11.mirror !== undefined){
if(typeof data11.mirror !== "boolean"){
const err24 = {instancePath:instancePath+"/pages/" + i0+"/mirror",schemaPath:"#/properties/pages/items/properties/mirror/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err25 = {instancePath:instancePath+"/pages/" + i0,schemaPath:"#/properties/pages/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err26 = {instancePath:instancePath+"/pages",schemaPath:"#/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_order_option = validate45;

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-option.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "code") || (key0 === "value"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(func2(data0) < 2){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(((!((typeof data1 == "number") && (isFinite(data1)))) && (typeof data1 !== "string")) && (data1 !== null)){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_order_post = validate46;
const schema65 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-post.schema.json","title":"OrderPost","description":"The body of `POST /order`, as Probo's Reseller API specification (`definitions.type`) defines it: required `id`, `reference`, `deliveries` and `products`. The top level is open in the specification, so unknown fields are allowed; the mock warns about near-misses it can name (`callback_url`, singular) in the order's admin record.","x-provenance":"documented","type":"object","required":["id","reference","deliveries","products"],"properties":{"id":{"type":"string","minLength":1,"pattern":"^[\\w-]+$","description":"The shop's own order id, echoed in every callback as `order.id`. \"Must be unique for each order (can be re-used when order is cancelled!). May only contain the following characters: a-zA-Z0-9_-\". The mock follows `/order/release` (\"release a cancelled order … so they can place the order again with the same order id\"): an id is new again once its order is canceled and released; before that a second post is a duplicate.","x-provenance":"documented","examples":["my_weborder_1234"]},"reference":{"type":"string","minLength":1,"description":"\"Reseller's reference of the order. Does not have to be unique.\" Echoed in callbacks as `order.reference`.","x-provenance":"documented","examples":["Banner 510 for customer X"]},"order_type":{"enum":["production","test"],"default":"production","description":"`test` creates an order that Probo cancels on receipt (the sandbox page, newer than the specification, which says a test order \"will not be taken into production\").","x-provenance":"documented"},"project":{"type":"boolean","description":"\"Set this boolean to true if this is a project order.\"","x-provenance":"documented"},"project_id":{"type":"integer","description":"\"Resellers project group what the order relates to.\"","x-provenance":"documented"},"contact_email":{"type":"string","minLength":5,"description":"\"Email of the reseller's contact person on behalf the order is placed for.\" At least 5 characters; the specification gives no e-mail format.","x-provenance":"documented"},"language":{"type":"string","minLength":2,"maxLength":2,"description":"ISO 639-1 language of the order (\"not yet supported\" at Probo).","x-provenance":"documented","examples":["en"]},"error_email_addresses":{"type":"array","items":{"type":"string","description":"An e-mail address (no format in the specification).","x-provenance":"documented"},"description":"\"Array of email addresses which will receive status updates regarding the processing of the order.\"","x-provenance":"documented"},"callback_urls":{"anyOf":[{"type":"array","items":{"type":"string","format":"uri","pattern":"^https?://","description":"An http(s) URL that receives status callbacks (the specification says a string; the mock needs a URL it can call: invented).","x-provenance":"invented"},"description":"The documented form: a list of URLs.","x-provenance":"documented"},{"type":"string","description":"A single URL as a string, not a list: the mock takes the order, sends no callbacks and warns in the order's admin record (invented; the specification wants an array).","x-provenance":"invented"}],"description":"Every status callback is POSTed to each of these URLs. The callbacks guide says \"an array with a minimum of one URL\"; the specification sets no minimum. An empty list (or a string) is taken, with a warning in the order's admin record: no callbacks follow.","x-provenance":"documented"},"deliveries":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/api/order-delivery.schema.json"},"description":"Where the order goes; at least one.","x-provenance":"documented"},"products":{"type":"array","minItems":1,"items":{"$ref":"https://probo-mock.dev/schemas/api/order-product.schema.json"},"description":"What is printed; at least one.","x-provenance":"documented"}}};
const pattern11 = new RegExp("^[\\w-]+$", "u");
const schema66 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-product.schema.json","title":"OrderProduct","description":"One product of an order post: configured (`code`, Probo's product code, with `options`) or composed (`customer_code`, a product saved in the shop's Probo account), never both; closed, as in the specification. Where the sources disagree the mock follows the newer docs page (examples/products): `files` are \"required when ordering\" unless the uploader flow is used (`uploader: true` or `uploaders`), and a configured product \"requires a full options set\"; the specification requires neither (its own `mingled-product-types` example has no files, and is refused by the mock for that reason).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"code":{"type":"string","minLength":2,"description":"\"Code of the probo product as shown on the webshop product page.\"","x-provenance":"documented","examples":["beachflag"]},"customer_code":{"type":"string","minLength":2,"description":"\"Code relating to the API product saved in reseller's webshop account including selected options.\"","x-provenance":"documented","examples":["banner_520_with_grommets"]},"id":{"type":["integer","string"],"description":"The shop's id of this product line; `/order/status` lists products by it (numbered from 1 when not given: invented).","x-provenance":"documented"},"reference":{"type":"string","maxLength":255,"description":"The shop's reference of this product.","x-provenance":"documented"},"options":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json"},"description":"Chosen options; required for a configured product (docs).","x-provenance":"documented"},"files":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-file.schema.json"},"description":"Print files; required, at least one, unless the uploader flow is used (docs; the specification requires none).","x-provenance":"documented"},"uploader":{"type":"boolean","description":"\"Set to true if you want to use an uploader to upload files after submitting order.\"","x-provenance":"documented"},"uploaders":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-uploader.schema.json"},"description":"Uploader sessions whose files this product uses.","x-provenance":"documented"}},"oneOf":[{"required":["code"],"properties":{"code":true}},{"required":["customer_code"],"properties":{"customer_code":true}}],"allOf":[{"if":{"required":["code"],"properties":{"code":true}},"then":{"required":["options"],"properties":{"options":true}}},{"if":{"anyOf":[{"required":["uploader"],"properties":{"uploader":{"const":true}}},{"required":["uploaders"],"properties":{"uploaders":true}}]},"else":{"required":["files"],"properties":{"files":{"type":"array","minItems":1}}}}]};
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-uploader.schema.json","title":"OrderUploader","description":"An uploader session whose files a product uses, as `POST /products/uploader/create` answered it (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id","external_id"],"properties":{"id":{"type":"integer","description":"The uploader session id.","x-provenance":"documented"},"external_id":{"type":"integer","description":"The session's external id (the uploader guide: \"You must store the ID and external_id\").","x-provenance":"documented"}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-product.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.code = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customer_code === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "customer_code"},message:"must have required property '"+"customer_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.customer_code = true;
}
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs5 = errors;
let valid2 = true;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid1 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.options === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs7 === errors;
valid2 = _valid1;
if(valid2){
var props1 = {};
props1.options = true;
props1.code = true;
}
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
const _errs9 = errors;
let valid3 = true;
const _errs10 = errors;
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.uploader === undefined) && (missing1 = "uploader")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.uploader !== undefined){
if(true !== data.uploader){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid3 = _errs12 === errors;
valid4 = valid4 || _valid3;
if(_valid3){
var props2 = {};
props2.uploader = true;
}
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.uploaders === undefined) && (missing2 = "uploaders")){
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
var _valid3 = _errs14 === errors;
valid4 = valid4 || _valid3;
if(_valid3){
if(props2 !== true){
props2 = props2 || {};
props2.uploaders = true;
}
}
if(!valid4){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(!_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.files === undefined){
const err10 = {instancePath,schemaPath:"#/allOf/1/else/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.files !== undefined){
let data1 = data.files;
if(Array.isArray(data1)){
if(data1.length < 1){
const err11 = {instancePath:instancePath+"/files",schemaPath:"#/allOf/1/else/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
const err12 = {instancePath:instancePath+"/files",schemaPath:"#/allOf/1/else/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
var _valid2 = _errs15 === errors;
valid3 = _valid2;
if(valid3){
if(props2 !== true){
props2 = props2 || {};
props2.files = true;
}
}
}
if(!valid3){
const err13 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "code") || (key0 === "customer_code")) || (key0 === "id")) || (key0 === "reference")) || (key0 === "options")) || (key0 === "files")) || (key0 === "uploader")) || (key0 === "uploaders"))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(typeof data2 === "string"){
if(func2(data2) < 2){
const err15 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.customer_code !== undefined){
let data3 = data.customer_code;
if(typeof data3 === "string"){
if(func2(data3) < 2){
const err17 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err18 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.id !== undefined){
let data4 = data.id;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema66.properties.id.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.reference !== undefined){
let data5 = data.reference;
if(typeof data5 === "string"){
if(func2(data5) > 255){
const err20 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err21 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.options !== undefined){
let data6 = data.options;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.code === undefined){
const err22 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "code") || (key1 === "value"))){
const err23 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.code !== undefined){
let data8 = data7.code;
if(typeof data8 === "string"){
if(func2(data8) < 2){
const err24 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(((!((typeof data9 == "number") && (isFinite(data9)))) && (typeof data9 !== "string")) && (data9 !== null)){
const err26 = {instancePath:instancePath+"/options/" + i0+"/value",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
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
const err27 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.files !== undefined){
let data10 = data.files;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
if(!(func1.call(schema63.properties, key2))){
const err29 = {instancePath:instancePath+"/files/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.uri !== undefined){
if(typeof data11.uri !== "string"){
const err30 = {instancePath:instancePath+"/files/" + i1+"/uri",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.id !== undefined){
let data13 = data11.id;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err31 = {instancePath:instancePath+"/files/" + i1+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err32 = {instancePath:instancePath+"/files/" + i1+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.page !== undefined){
let data14 = data11.page;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err33 = {instancePath:instancePath+"/files/" + i1+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err34 = {instancePath:instancePath+"/files/" + i1+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.side !== undefined){
let data15 = data11.side;
if(!((data15 === "front") || (data15 === "back"))){
const err35 = {instancePath:instancePath+"/files/" + i1+"/side",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/side/enum",keyword:"enum",params:{allowedValues: schema63.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.amount !== undefined){
let data16 = data11.amount;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err36 = {instancePath:instancePath+"/files/" + i1+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/files/" + i1+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.rotation !== undefined){
let data17 = data11.rotation;
if(!((((data17 === 0) || (data17 === 90)) || (data17 === 180)) || (data17 === 270))){
const err38 = {instancePath:instancePath+"/files/" + i1+"/rotation",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/rotation/enum",keyword:"enum",params:{allowedValues: schema63.properties.rotation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.fill !== undefined){
if(typeof data11.fill !== "boolean"){
const err39 = {instancePath:instancePath+"/files/" + i1+"/fill",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/fill/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.fill_even !== undefined){
if(typeof data11.fill_even !== "boolean"){
const err40 = {instancePath:instancePath+"/files/" + i1+"/fill_even",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/fill_even/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.tiling !== undefined){
let data20 = data11.tiling;
if(!(((data20 === "none") || (data20 === "horizontal")) || (data20 === "vertical"))){
const err41 = {instancePath:instancePath+"/files/" + i1+"/tiling",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/tiling/enum",keyword:"enum",params:{allowedValues: schema63.properties.tiling.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.mirror !== undefined){
if(typeof data11.mirror !== "boolean"){
const err42 = {instancePath:instancePath+"/files/" + i1+"/mirror",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/mirror/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data11.pages !== undefined){
let data22 = data11.pages;
if(Array.isArray(data22)){
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.page === undefined){
const err43 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data23){
if(!(((((((key3 === "page") || (key3 === "side")) || (key3 === "amount")) || (key3 === "rotation")) || (key3 === "fill")) || (key3 === "tiling")) || (key3 === "mirror"))){
const err44 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data23.page !== undefined){
let data24 = data23.page;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err45 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err46 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/page",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data23.side !== undefined){
let data25 = data23.side;
if(!((data25 === "front") || (data25 === "back"))){
const err47 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/side",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/side/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.side.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data23.amount !== undefined){
let data26 = data23.amount;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err48 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err49 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/amount",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data23.rotation !== undefined){
let data27 = data23.rotation;
if(!((((data27 === 0) || (data27 === 90)) || (data27 === 180)) || (data27 === 270))){
const err50 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/rotation",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/rotation/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.rotation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data23.fill !== undefined){
if(typeof data23.fill !== "boolean"){
const err51 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/fill",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/fill/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data23.tiling !== undefined){
let data29 = data23.tiling;
if(!(((data29 === "none") || (data29 === "horizontal")) || (data29 === "vertical"))){
const err52 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/tiling",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/tiling/enum",keyword:"enum",params:{allowedValues: schema63.properties.pages.items.properties.tiling.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data23.mirror !== undefined){
if(typeof data23.mirror !== "boolean"){
const err53 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2+"/mirror",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/properties/mirror/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/files/" + i1+"/pages/" + i2,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/files/" + i1+"/pages",schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/files/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-file.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err57 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.uploader !== undefined){
if(typeof data.uploader !== "boolean"){
const err58 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.uploaders !== undefined){
let data32 = data.uploaders;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
let data33 = data32[i3];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.id === undefined){
const err59 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data33.external_id === undefined){
const err60 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key4 in data33){
if(!((key4 === "id") || (key4 === "external_id"))){
const err61 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data33.id !== undefined){
let data34 = data33.id;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err62 = {instancePath:instancePath+"/uploaders/" + i3+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data33.external_id !== undefined){
let data35 = data33.external_id;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err63 = {instancePath:instancePath+"/uploaders/" + i3+"/external_id",schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/properties/external_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/uploaders/" + i3,schemaPath:"https://probo-mock.dev/schemas/api/order-uploader.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err65 = {instancePath:instancePath+"/uploaders",schemaPath:"#/properties/uploaders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-post.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reference === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.deliveries === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deliveries"},message:"must have required property '"+"deliveries"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.products === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern11.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[\\w-]+$"},message:"must match pattern \""+"^[\\w-]+$"+"\""};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reference !== undefined){
let data1 = data.reference;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.order_type !== undefined){
let data2 = data.order_type;
if(!((data2 === "production") || (data2 === "test"))){
const err9 = {instancePath:instancePath+"/order_type",schemaPath:"#/properties/order_type/enum",keyword:"enum",params:{allowedValues: schema65.properties.order_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.project !== undefined){
if(typeof data.project !== "boolean"){
const err10 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.project_id !== undefined){
let data4 = data.project_id;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.contact_email !== undefined){
let data5 = data.contact_email;
if(typeof data5 === "string"){
if(func2(data5) < 5){
const err12 = {instancePath:instancePath+"/contact_email",schemaPath:"#/properties/contact_email/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/contact_email",schemaPath:"#/properties/contact_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.language !== undefined){
let data6 = data.language;
if(typeof data6 === "string"){
if(func2(data6) > 2){
const err14 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data6) < 2){
const err15 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.error_email_addresses !== undefined){
let data7 = data.error_email_addresses;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err17 = {instancePath:instancePath+"/error_email_addresses/" + i0,schemaPath:"#/properties/error_email_addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/error_email_addresses",schemaPath:"#/properties/error_email_addresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.callback_urls !== undefined){
let data9 = data.callback_urls;
const _errs29 = errors;
let valid3 = false;
const _errs30 = errors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(!pattern9.test(data10)){
const err19 = {instancePath:instancePath+"/callback_urls/" + i1,schemaPath:"#/properties/callback_urls/anyOf/0/items/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(formats0(data10))){
const err20 = {instancePath:instancePath+"/callback_urls/" + i1,schemaPath:"#/properties/callback_urls/anyOf/0/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err21 = {instancePath:instancePath+"/callback_urls/" + i1,schemaPath:"#/properties/callback_urls/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid3 = valid3 || _valid0;
const _errs36 = errors;
if(typeof data9 !== "string"){
const err23 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs36 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err24 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data.deliveries !== undefined){
let data11 = data.deliveries;
if(Array.isArray(data11)){
if(data11.length < 1){
const err25 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate43(data11[i2], {instancePath:instancePath+"/deliveries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.products !== undefined){
let data13 = data.products;
if(Array.isArray(data13)){
if(data13.length < 1){
const err27 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
if(!(validate48(data13[i3], {instancePath:instancePath+"/products/" + i3,parentData:data13,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"id":true,"reference":true,"order_type":true,"project":true,"project_id":true,"contact_email":true,"language":true,"error_email_addresses":true,"callback_urls":true,"deliveries":true,"products":true},"dynamicProps":false,"dynamicItems":false};

export const api_order_product = validate48;

export const api_order_release_answer = validate50;
const schema70 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-release-answer.schema.json","title":"OrderReleaseAnswer","description":"The 200 answer to `POST /order/release`: `{\"status\": \"released\", \"message\": \"Order released\", \"id\"}`. Only a canceled order can be released (\"release a cancelled order … so they can place the order again with the same order id\"); after that, a post with its id is a new order, not a duplicate. Refusals are 400s in the error shape: \"Could not release order, because order status is: …\", \"Order does not exist\".","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","message","id"],"properties":{"status":{"const":"released","description":"Always \"released\".","x-provenance":"documented"},"message":{"const":"Order released","description":"Always \"Order released\".","x-provenance":"documented"},"id":{"type":["string","integer"],"description":"The order's id.","x-provenance":"documented"}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-release-answer.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
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
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "status") || (key0 === "message")) || (key0 === "id"))){
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
if("released" !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "released"},message:"must be equal to constant"};
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
if("Order released" !== data.message){
const err5 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/const",keyword:"const",params:{allowedValue: "Order released"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema70.properties.id.type},message:"must be string,integer"};
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
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_order_release_request = validate51;
const schema71 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-release-request.schema.json","title":"OrderReleaseRequest","description":"The body of `POST /order/release`: the same as `/order/cancel`'s (`type_3` is identical to `type_2` in the specification).","x-provenance":"documented","$ref":"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json"};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-release-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json/anyOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.id = true;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.supplier_order_number === undefined){
const err1 = {instancePath,schemaPath:"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json/anyOf/1/required",keyword:"required",params:{missingProperty: "supplier_order_number"},message:"must have required property '"+"supplier_order_number"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.supplier_order_number = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err3 = {instancePath,schemaPath:"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.supplier_order_number = true;
}
if(data.id !== undefined){
let data0 = data.id;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json/properties/id/type",keyword:"type",params:{type: schema59.properties.id.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.supplier_order_number !== undefined){
let data1 = data.supplier_order_number;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err5 = {instancePath:instancePath+"/supplier_order_number",schemaPath:"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json/properties/supplier_order_number/type",keyword:"type",params:{type: schema59.properties.supplier_order_number.type},message:"must be integer,string"};
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
else {
const err6 = {instancePath,schemaPath:"https://probo-mock.dev/schemas/api/order-cancel-request.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate51.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate51.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const api_order_selector = validate52;
const schema73 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-selector.schema.json","title":"OrderSelector","description":"One order of a `POST /order/status` request, named by `id`, `supplier_order_number` or `reference` (\"not recommended\", docs). `id` and `supplier_order_number` may be integers or strings: the docs' own example sends the number as a string (\"1230273927\"). The specification keeps the object open (`minProperties: 1`); the docs say it \"should contain one of the following properties\", so the mock requires one of the three. With several, an order must match all of them (invented).","x-provenance":"documented","type":"object","minProperties":1,"properties":{"id":{"type":["integer","string"],"description":"The shop's order id (the `id` of the order post).","x-provenance":"documented"},"supplier_order_number":{"type":["integer","string"],"description":"Probo's order number, as a number or its digits as a string.","x-provenance":"documented"},"reference":{"type":"string","description":"The order post's reference (not unique: the first order with it).","x-provenance":"documented"}},"anyOf":[{"required":["id"],"properties":{"id":true}},{"required":["supplier_order_number"],"properties":{"supplier_order_number":true}},{"required":["reference"],"properties":{"reference":true}}]};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-selector.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.id = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.supplier_order_number === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "supplier_order_number"},message:"must have required property '"+"supplier_order_number"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.supplier_order_number = true;
}
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reference === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};
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
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.reference = true;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err4 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.supplier_order_number = true;
props0.reference = true;
}
if(data.id !== undefined){
let data0 = data.id;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema73.properties.id.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.supplier_order_number !== undefined){
let data1 = data.supplier_order_number;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err6 = {instancePath:instancePath+"/supplier_order_number",schemaPath:"#/properties/supplier_order_number/type",keyword:"type",params:{type: schema73.properties.supplier_order_number.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reference !== undefined){
if(typeof data.reference !== "string"){
const err7 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate52.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const api_order_sender_address = validate53;

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-sender-address.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.house_number === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.id = true;
props0.house_number = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.company_name === undefined){
const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "company_name"},message:"must have required property '"+"company_name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.first_name === undefined){
const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.street === undefined){
const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "street"},message:"must have required property '"+"street"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.house_number === undefined){
const err6 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "house_number"},message:"must have required property '"+"house_number"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.postal_code === undefined){
const err7 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "postal_code"},message:"must have required property '"+"postal_code"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.city === undefined){
const err8 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.country === undefined){
const err9 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.company_name = true;
props0.first_name = true;
props0.street = true;
props0.house_number = true;
props0.postal_code = true;
props0.city = true;
props0.country = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.company_name = true;
props0.first_name = true;
props0.last_name = true;
props0.street = true;
props0.house_number = true;
props0.addition = true;
props0.postal_code = true;
props0.city = true;
props0.country = true;
props0.phone = true;
props0.email = true;
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.company_name !== undefined){
if(typeof data.company_name !== "string"){
const err13 = {instancePath:instancePath+"/company_name",schemaPath:"#/properties/company_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.first_name !== undefined){
if(typeof data.first_name !== "string"){
const err14 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.last_name !== undefined){
if(typeof data.last_name !== "string"){
const err15 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.street !== undefined){
if(typeof data.street !== "string"){
const err16 = {instancePath:instancePath+"/street",schemaPath:"#/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.house_number !== undefined){
let data5 = data.house_number;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
const err17 = {instancePath:instancePath+"/house_number",schemaPath:"#/properties/house_number/type",keyword:"type",params:{type: schema62.properties.house_number.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.addition !== undefined){
if(typeof data.addition !== "string"){
const err18 = {instancePath:instancePath+"/addition",schemaPath:"#/properties/addition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.postal_code !== undefined){
if(typeof data.postal_code !== "string"){
const err19 = {instancePath:instancePath+"/postal_code",schemaPath:"#/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.city !== undefined){
if(typeof data.city !== "string"){
const err20 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.country !== undefined){
let data9 = data.country;
if(typeof data9 === "string"){
if(func2(data9) > 2){
const err21 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data9) < 2){
const err22 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err23 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
const err24 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err25 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate53.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate53.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const api_order_status_answer = validate54;
const schema75 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-status-answer.schema.json","title":"OrderStatusAnswer","description":"The 200 answer to `POST /order/status`, in the shape of the specification's example. Unknown orders are left out (observed: none known gives an empty `orders`).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","message","orders"],"properties":{"status":{"const":"ok","description":"Always \"ok\".","x-provenance":"documented"},"message":{"type":"string","description":"\"Status retrieved\".","x-provenance":"documented","examples":["Status retrieved"]},"orders":{"type":"array","description":"The known orders among those asked for, each once, in the order asked.","x-provenance":"documented","items":{"title":"OrderStatusEntry","type":"object","additionalProperties":false,"required":["id","status_code","products","packages"],"description":"One order and where it is.","x-provenance":"documented","properties":{"id":{"type":"string","description":"The shop's order id.","x-provenance":"documented"},"reference":{"type":"string","description":"The order post's reference.","x-provenance":"documented"},"supplier_order_number":{"type":"integer","minimum":1,"description":"Probo's order number (an integer in the example). The mock gives it from `accepted` on, as the callbacks do; a `queued` order has none yet (invented).","x-provenance":"documented","examples":[201900001]},"status_code":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The order's current status: `status_code`, not `status` (which is \"ok\"). Before its first step the mock says `queued`, which the order-status guide does not list (invented).","x-provenance":"documented"},"delivery_date":{"type":"string","format":"date","description":"The expected delivery date, without time (\"2020-08-14\"). The post's `delivery_date` when it has one; else a date the mock picks from the seed (invented).","x-provenance":"documented"},"shipping_method_code":{"type":"string","description":"The shipping method: the post's `shipping_method_code`, or for a preset a code the mock picks (invented).","x-provenance":"documented","examples":["dhl-letterbox"]},"products":{"type":"array","description":"Every product of the order with its status.","x-provenance":"documented","items":{"title":"OrderStatusProduct","type":"object","additionalProperties":false,"required":["id","status_code"],"description":"One product line.","x-provenance":"documented","properties":{"id":{"type":["integer","string"],"description":"The product's `id` from the post, else its position from 1 (invented).","x-provenance":"documented"},"status_code":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The product's status (the order's, in the mock).","x-provenance":"documented"}}}},"packages":{"type":"array","description":"Parcels, once shipped: tracking is here, not in `shipped_packages` (the callbacks' name).","x-provenance":"documented","items":{"title":"OrderStatusPackage","type":"object","additionalProperties":false,"required":["id","status_code"],"description":"One parcel.","x-provenance":"documented","properties":{"id":{"type":"integer","description":"The parcel number (an integer here; the callbacks send it as a string).","x-provenance":"documented"},"status_code":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The parcel's status.","x-provenance":"documented"},"tracking_url":{"type":"string","description":"The carrier's track and trace page.","x-provenance":"documented"}}}}}}}}};
const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/status.schema.json","title":"ProboStatusName","description":"An order status as Probo pushes it. The changelog removed the `order_` prefix: `order_accepted` and the like are not current statuses. `canceled` has one \"l\".","x-provenance":"documented","type":"string","$comment":"The enum is generated from schemas/callbacks/ by `npm run generate`; the rest is hand-kept.","enum":["queued","accepted","not_accepted","in_production","logistics","shipment_created","shipment_scanned_by_carrier","shipment_in_transit","shipment_delayed","shipment_returned","shipment_exception","shipment_not_at_home","shipment_available_at_pickup_point","shipment_picked_up","shipment_delivered","canceled"]};

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

export const api_order_status_request = validate55;
const schema79 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-status-request.schema.json","title":"OrderStatusRequest","description":"The body of `POST /order/status`: one to five orders (\"Max 5 orders\"). The specification's top level is open.","x-provenance":"documented","type":"object","required":["orders"],"properties":{"orders":{"type":"array","minItems":1,"maxItems":5,"items":{"$ref":"https://probo-mock.dev/schemas/api/order-selector.schema.json"},"description":"The orders to look up (one to five). An order named twice is listed once in the answer.","x-provenance":"documented"}}};

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

export const api_order_uploader = validate56;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/order-uploader.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.external_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "external_id"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.external_id !== undefined){
let data1 = data.external_id;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/external_id",schemaPath:"#/properties/external_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_orders_response = validate57;
const schema82 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/orders-response.schema.json","title":"OrdersResponse","description":"The answer of `GET /orders`: this mock's orders, paged (default 10 a page, as in the example) and filtered by the documented query parameters. Field names as in the spec example (`number`, `external_status_code`, `address_…`). Prices come from the catalog where it knows the product (0 otherwise; invented).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["meta","orders"],"properties":{"meta":{"type":"object","description":"Paging.","x-provenance":"documented","additionalProperties":false,"required":["page","pages","items","per_page"],"properties":{"page":{"type":"integer","description":"Page number.","x-provenance":"documented"},"pages":{"type":"integer","description":"Number of pages.","x-provenance":"documented"},"items":{"type":"integer","description":"Total number of items.","x-provenance":"documented"},"per_page":{"type":"integer","description":"Maximum number of items per page.","x-provenance":"documented"}}},"orders":{"type":"array","description":"The orders of this page.","x-provenance":"documented","items":{"title":"ListedOrder","type":"object","additionalProperties":false,"description":"An order.","x-provenance":"documented","required":["number","customer_reference","order_date","customer_order_id","total_sales_price","total_vat","delivery_date","delivery_address","external_status_code"],"properties":{"number":{"type":"integer","description":"Probo's order number (supplier_order_number elsewhere).","x-provenance":"documented"},"customer_reference":{"type":["string","null"],"description":"The order reference.","x-provenance":"documented"},"order_date":{"type":"string","description":"When it was placed.","x-provenance":"documented"},"customer_order_id":{"type":["string","null"],"description":"The reseller's order id (null in the spec example).","x-provenance":"documented"},"total_sales_price":{"type":"number","description":"Total sales price.","x-provenance":"documented"},"total_vat":{"type":"number","description":"VAT of it.","x-provenance":"documented"},"converted_preview_small_url":{"type":["string","null"],"description":"Preview image.","x-provenance":"documented"},"delivery_date":{"type":["string","null"],"description":"Delivery date.","x-provenance":"documented"},"delivery_address":{"type":"object","description":"The first delivery's address, fields prefixed `address_`.","x-provenance":"documented","additionalProperties":{"type":["string","null"],"description":"An address field.","x-provenance":"documented"}},"external_status_code":{"type":"string","description":"The order status (\"queued\" before Probo accepts it; invented for the mock's queue).","x-provenance":"documented"}}}}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/orders-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meta === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.orders === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "meta") || (key0 === "orders"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.meta !== undefined){
let data0 = data.meta;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.page === undefined){
const err3 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.pages === undefined){
const err4 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "pages"},message:"must have required property '"+"pages"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.items === undefined){
const err5 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.per_page === undefined){
const err6 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "per_page"},message:"must have required property '"+"per_page"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((((key1 === "page") || (key1 === "pages")) || (key1 === "items")) || (key1 === "per_page"))){
const err7 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.page !== undefined){
let data1 = data0.page;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/meta/page",schemaPath:"#/properties/meta/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.pages !== undefined){
let data2 = data0.pages;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/meta/pages",schemaPath:"#/properties/meta/properties/pages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.items !== undefined){
let data3 = data0.items;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/meta/items",schemaPath:"#/properties/meta/properties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.per_page !== undefined){
let data4 = data0.per_page;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/meta/per_page",schemaPath:"#/properties/meta/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err12 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.orders !== undefined){
let data5 = data.orders;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.number === undefined){
const err13 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.customer_reference === undefined){
const err14 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "customer_reference"},message:"must have required property '"+"customer_reference"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.order_date === undefined){
const err15 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "order_date"},message:"must have required property '"+"order_date"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.customer_order_id === undefined){
const err16 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "customer_order_id"},message:"must have required property '"+"customer_order_id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.total_sales_price === undefined){
const err17 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "total_sales_price"},message:"must have required property '"+"total_sales_price"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.total_vat === undefined){
const err18 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "total_vat"},message:"must have required property '"+"total_vat"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.delivery_date === undefined){
const err19 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.delivery_address === undefined){
const err20 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "delivery_address"},message:"must have required property '"+"delivery_address"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.external_status_code === undefined){
const err21 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/required",keyword:"required",params:{missingProperty: "external_status_code"},message:"must have required property '"+"external_status_code"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data6){
if(!(func1.call(schema82.properties.orders.items.properties, key2))){
const err22 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.number !== undefined){
let data7 = data6.number;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/orders/" + i0+"/number",schemaPath:"#/properties/orders/items/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.customer_reference !== undefined){
let data8 = data6.customer_reference;
if((typeof data8 !== "string") && (data8 !== null)){
const err24 = {instancePath:instancePath+"/orders/" + i0+"/customer_reference",schemaPath:"#/properties/orders/items/properties/customer_reference/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.customer_reference.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.order_date !== undefined){
if(typeof data6.order_date !== "string"){
const err25 = {instancePath:instancePath+"/orders/" + i0+"/order_date",schemaPath:"#/properties/orders/items/properties/order_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.customer_order_id !== undefined){
let data10 = data6.customer_order_id;
if((typeof data10 !== "string") && (data10 !== null)){
const err26 = {instancePath:instancePath+"/orders/" + i0+"/customer_order_id",schemaPath:"#/properties/orders/items/properties/customer_order_id/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.customer_order_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.total_sales_price !== undefined){
let data11 = data6.total_sales_price;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err27 = {instancePath:instancePath+"/orders/" + i0+"/total_sales_price",schemaPath:"#/properties/orders/items/properties/total_sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.total_vat !== undefined){
let data12 = data6.total_vat;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err28 = {instancePath:instancePath+"/orders/" + i0+"/total_vat",schemaPath:"#/properties/orders/items/properties/total_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.converted_preview_small_url !== undefined){
let data13 = data6.converted_preview_small_url;
if((typeof data13 !== "string") && (data13 !== null)){
const err29 = {instancePath:instancePath+"/orders/" + i0+"/converted_preview_small_url",schemaPath:"#/properties/orders/items/properties/converted_preview_small_url/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.converted_preview_small_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.delivery_date !== undefined){
let data14 = data6.delivery_date;
if((typeof data14 !== "string") && (data14 !== null)){
const err30 = {instancePath:instancePath+"/orders/" + i0+"/delivery_date",schemaPath:"#/properties/orders/items/properties/delivery_date/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.delivery_date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.delivery_address !== undefined){
let data15 = data6.delivery_address;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
let data16 = data15[key3];
if((typeof data16 !== "string") && (data16 !== null)){
const err31 = {instancePath:instancePath+"/orders/" + i0+"/delivery_address/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/orders/items/properties/delivery_address/additionalProperties/type",keyword:"type",params:{type: schema82.properties.orders.items.properties.delivery_address.additionalProperties.type},message:"must be string,null"};
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
const err32 = {instancePath:instancePath+"/orders/" + i0+"/delivery_address",schemaPath:"#/properties/orders/items/properties/delivery_address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.external_status_code !== undefined){
if(typeof data6.external_status_code !== "string"){
const err33 = {instancePath:instancePath+"/orders/" + i0+"/external_status_code",schemaPath:"#/properties/orders/items/properties/external_status_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/properties/orders/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err35 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_price_figures = validate58;

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/price-figures.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.purchase_price === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.purchase_price_incl_vat === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sales_price === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sales_price_incl_vat === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "purchase_price") || (key0 === "purchase_price_incl_vat")) || (key0 === "sales_price")) || (key0 === "sales_price_incl_vat"))){
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
if(data.purchase_price !== undefined){
let data0 = data.purchase_price;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/purchase_price",schemaPath:"#/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.purchase_price_incl_vat !== undefined){
let data1 = data.purchase_price_incl_vat;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/purchase_price_incl_vat",schemaPath:"#/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sales_price !== undefined){
let data2 = data.sales_price;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/sales_price",schemaPath:"#/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.sales_price_incl_vat !== undefined){
let data3 = data.sales_price_incl_vat;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/sales_price_incl_vat",schemaPath:"#/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_price_request = validate59;
const schema84 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/price-request.schema.json","title":"PriceRequest","description":"The body of `POST /price` (type_4 of the specification, closed): products by `code` or `customer_code` with their options, and optional deliveries.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["products"],"properties":{"products":{"type":"array","description":"The products to price.","x-provenance":"documented","minItems":1,"maxItems":50,"items":{"title":"PriceProduct","type":"object","additionalProperties":false,"description":"A product to price: `code` (Code_13) or `customer_code` (CustomerCode_14), closed. With both, `code` and `options` are priced and `customer_code` is ignored: Probo's configurator (`ProboConnect/product-configurator`) sends both once it has stored a configuration (observed).","x-provenance":"documented","properties":{"code":{"type":"string","description":"Code of the Probo product.","x-provenance":"documented","minLength":2},"customer_code":{"type":"string","description":"Code of a composed API product.","x-provenance":"documented","minLength":2},"id":{"type":"integer","description":"Product id (assigned when not given).","x-provenance":"documented"},"reference":{"type":"string","description":"The shop's reference.","x-provenance":"documented","maxLength":255},"options":{"type":"array","description":"The chosen options.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option: a code and, for inputs, a value.","x-provenance":"documented"}}},"anyOf":[{"required":["code"],"properties":{"code":true}},{"required":["customer_code"],"properties":{"customer_code":true}}]}},"deliveries":{"type":"array","description":"Where and when to deliver: shipping methods and dates are priced for them.","x-provenance":"documented","maxItems":10,"items":{"title":"PriceDelivery","type":"object","additionalProperties":false,"required":["address"],"description":"A delivery of a price request: the address and optionally a date or preset and a shipping method code or preset (the seven closed variants of the specification, flattened; `carrier_code` only with `shipping_method_preset`).","x-provenance":"documented","properties":{"address":{"type":"object","description":"The delivery address (Address_21, or {id} from the address book).","x-provenance":"documented"},"delivery_date":{"type":"string","description":"Wanted delivery date.","x-provenance":"documented","format":"date"},"delivery_date_preset":{"type":"string","description":"Delivery date preset (cheapest, fastest).","x-provenance":"documented"},"shipping_method_code":{"type":"string","description":"Shipping method code.","x-provenance":"documented"},"shipping_method_preset":{"type":"string","description":"Shipping method preset (cheapest, fastest).","x-provenance":"documented"},"carrier_code":{"type":"string","description":"Carrier, only with a shipping method preset.","x-provenance":"documented"}},"not":{"anyOf":[{"required":["delivery_date","delivery_date_preset"],"properties":{"delivery_date":true,"delivery_date_preset":true}},{"required":["shipping_method_code","shipping_method_preset"],"properties":{"shipping_method_code":true,"shipping_method_preset":true}},{"required":["carrier_code"],"properties":{"carrier_code":true},"not":{"required":["shipping_method_preset"],"properties":{"shipping_method_preset":true}}}]}}},"language":{"type":"string","description":"Language of the answer texts.","x-provenance":"documented"},"error_email_addresses":{"type":"array","description":"Error email addresses.","x-provenance":"documented","items":{"type":"string"}},"callback_urls":{"type":"array","description":"[NO IMPLEMENTATION YET] in the specification.","x-provenance":"documented","items":{"type":"string"}}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/price-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
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
for(const key0 in data){
if(!(((((key0 === "products") || (key0 === "deliveries")) || (key0 === "language")) || (key0 === "error_email_addresses")) || (key0 === "callback_urls"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.products !== undefined){
let data0 = data.products;
if(Array.isArray(data0)){
if(data0.length > 50){
const err2 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs8 = errors;
let valid3 = false;
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err4 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/anyOf/0/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid3 = valid3 || _valid0;
if(_valid0){
var props0 = {};
props0.code = true;
}
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.customer_code === undefined){
const err5 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/anyOf/1/required",keyword:"required",params:{missingProperty: "customer_code"},message:"must have required property '"+"customer_code"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.customer_code = true;
}
}
if(!valid3){
const err6 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
for(const key1 in data1){
if(!(((((key1 === "code") || (key1 === "customer_code")) || (key1 === "id")) || (key1 === "reference")) || (key1 === "options"))){
const err7 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.code !== undefined){
let data2 = data1.code;
if(typeof data2 === "string"){
if(func2(data2) < 2){
const err8 = {instancePath:instancePath+"/products/" + i0+"/code",schemaPath:"#/properties/products/items/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err9 = {instancePath:instancePath+"/products/" + i0+"/code",schemaPath:"#/properties/products/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.customer_code !== undefined){
let data3 = data1.customer_code;
if(typeof data3 === "string"){
if(func2(data3) < 2){
const err10 = {instancePath:instancePath+"/products/" + i0+"/customer_code",schemaPath:"#/properties/products/items/properties/customer_code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err11 = {instancePath:instancePath+"/products/" + i0+"/customer_code",schemaPath:"#/properties/products/items/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.id !== undefined){
let data4 = data1.id;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/products/" + i0+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.reference !== undefined){
let data5 = data1.reference;
if(typeof data5 === "string"){
if(func2(data5) > 255){
const err13 = {instancePath:instancePath+"/products/" + i0+"/reference",schemaPath:"#/properties/products/items/properties/reference/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err14 = {instancePath:instancePath+"/products/" + i0+"/reference",schemaPath:"#/properties/products/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.options !== undefined){
let data6 = data1.options;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.code === undefined){
const err15 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "code") || (key2 === "value"))){
const err16 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.code !== undefined){
let data8 = data7.code;
if(typeof data8 === "string"){
if(func2(data8) < 2){
const err17 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err18 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(((!((typeof data9 == "number") && (isFinite(data9)))) && (typeof data9 !== "string")) && (data9 !== null)){
const err19 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1+"/value",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/products/" + i0+"/options/" + i1,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err21 = {instancePath:instancePath+"/products/" + i0+"/options",schemaPath:"#/properties/products/items/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err22 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err23 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.deliveries !== undefined){
let data10 = data.deliveries;
if(Array.isArray(data10)){
if(data10.length > 10){
const err24 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
const _errs45 = errors;
const _errs46 = errors;
const _errs47 = errors;
let valid12 = false;
const _errs48 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing0;
if(((data11.delivery_date === undefined) && (missing0 = "delivery_date")) || ((data11.delivery_date_preset === undefined) && (missing0 = "delivery_date_preset"))){
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
var _valid1 = _errs48 === errors;
valid12 = valid12 || _valid1;
if(_valid1){
var props1 = {};
props1.delivery_date = true;
props1.delivery_date_preset = true;
}
const _errs49 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing1;
if(((data11.shipping_method_code === undefined) && (missing1 = "shipping_method_code")) || ((data11.shipping_method_preset === undefined) && (missing1 = "shipping_method_preset"))){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid1 = _errs49 === errors;
valid12 = valid12 || _valid1;
if(_valid1){
if(props1 !== true){
props1 = props1 || {};
props1.shipping_method_code = true;
props1.shipping_method_preset = true;
}
}
const _errs50 = errors;
const _errs51 = errors;
const _errs52 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if((data11.shipping_method_preset === undefined) && (missing2 = "shipping_method_preset")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid13 = _errs52 === errors;
if(valid13){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
if(errors === _errs50){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((data11.carrier_code === undefined) && (missing3 = "carrier_code")){
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
}
var _valid1 = _errs50 === errors;
valid12 = valid12 || _valid1;
if(_valid1){
if(props1 !== true){
props1 = props1 || {};
props1.carrier_code = true;
}
}
if(!valid12){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs46 === errors;
if(valid11){
const err31 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.address === undefined){
const err32 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data11){
if(!((((((key3 === "address") || (key3 === "delivery_date")) || (key3 === "delivery_date_preset")) || (key3 === "shipping_method_code")) || (key3 === "shipping_method_preset")) || (key3 === "carrier_code"))){
const err33 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.address !== undefined){
let data12 = data11.address;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err34 = {instancePath:instancePath+"/deliveries/" + i2+"/address",schemaPath:"#/properties/deliveries/items/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.delivery_date !== undefined){
let data13 = data11.delivery_date;
if(typeof data13 === "string"){
if(!(formats4.validate(data13))){
const err35 = {instancePath:instancePath+"/deliveries/" + i2+"/delivery_date",schemaPath:"#/properties/deliveries/items/properties/delivery_date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/deliveries/" + i2+"/delivery_date",schemaPath:"#/properties/deliveries/items/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.delivery_date_preset !== undefined){
if(typeof data11.delivery_date_preset !== "string"){
const err37 = {instancePath:instancePath+"/deliveries/" + i2+"/delivery_date_preset",schemaPath:"#/properties/deliveries/items/properties/delivery_date_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.shipping_method_code !== undefined){
if(typeof data11.shipping_method_code !== "string"){
const err38 = {instancePath:instancePath+"/deliveries/" + i2+"/shipping_method_code",schemaPath:"#/properties/deliveries/items/properties/shipping_method_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.shipping_method_preset !== undefined){
if(typeof data11.shipping_method_preset !== "string"){
const err39 = {instancePath:instancePath+"/deliveries/" + i2+"/shipping_method_preset",schemaPath:"#/properties/deliveries/items/properties/shipping_method_preset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.carrier_code !== undefined){
if(typeof data11.carrier_code !== "string"){
const err40 = {instancePath:instancePath+"/deliveries/" + i2+"/carrier_code",schemaPath:"#/properties/deliveries/items/properties/carrier_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err41 = {instancePath:instancePath+"/deliveries/" + i2,schemaPath:"#/properties/deliveries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err43 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.error_email_addresses !== undefined){
let data19 = data.error_email_addresses;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
if(typeof data19[i3] !== "string"){
const err44 = {instancePath:instancePath+"/error_email_addresses/" + i3,schemaPath:"#/properties/error_email_addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err45 = {instancePath:instancePath+"/error_email_addresses",schemaPath:"#/properties/error_email_addresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.callback_urls !== undefined){
let data21 = data.callback_urls;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
if(typeof data21[i4] !== "string"){
const err46 = {instancePath:instancePath+"/callback_urls/" + i4,schemaPath:"#/properties/callback_urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/callback_urls",schemaPath:"#/properties/callback_urls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_price_response = validate60;
const schema86 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/price-response.schema.json","title":"PriceResponse","description":"The answer of `POST /price` (type_5): one entry per delivery option (production hours), with dates, product prices and shipping methods. Prices are invented but deterministic: the same options give the same prices. `calculation_id` follows the docs (changelog DEV-2300 \"add calculation_id to price response\"; the spec lacks it).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","code","message","calculation_id","prices"],"properties":{"status":{"type":"string","description":"\"ok\".","x-provenance":"documented","const":"ok"},"code":{"type":"integer","description":"200.","x-provenance":"documented","const":200},"message":{"type":"string","description":"\"Price calculated\" (the example; the schema example says \"Price Calculated\").","x-provenance":"documented"},"calculation_id":{"type":"integer","description":"Id of this calculation, for the uploader and the order (docs).","x-provenance":"documented"},"prices":{"type":"array","description":"One per delivery option.","x-provenance":"documented","items":{"title":"PriceOption","type":"object","additionalProperties":false,"description":"A delivery option: production speed, dates, prices.","x-provenance":"documented","required":["shipping_date","delivery_date","production_hours","products","deliveries","products_purchase_price","products_purchase_price_incl_vat","products_sales_price","products_sales_price_incl_vat","products_base_price","products_base_price_incl_vat"],"properties":{"shipping_date":{"type":"string","description":"Shipping date, `YYYY-MM-DDT00:00:00+0000` (weekdays; the calendar is invented).","x-provenance":"documented"},"delivery_date":{"type":"string","description":"Earliest delivery date with the fastest listed method.","x-provenance":"documented"},"production_hours":{"type":"integer","description":"Production hours.","x-provenance":"documented"},"products_purchase_price":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_purchase_price_incl_vat":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_sales_price":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_sales_price_incl_vat":{"type":"number","description":"Sum of the products.","x-provenance":"documented"},"products_base_price":{"type":"number","description":"The products' base price (before any discount) of this speed: Probo's configurator (`ProboConnect/product-configurator`) reads `prices[0].products_<priceType>` for every price type it can be set to, `base_price` among them (observed). The mock grants no discounts, so it equals `products_purchase_price` (invented).","x-provenance":"observed"},"products_base_price_incl_vat":{"type":"number","description":"The same with VAT (observed, as `products_base_price`).","x-provenance":"observed"},"products":{"type":"array","description":"Per product.","x-provenance":"documented","items":{"title":"PricedProduct","type":"object","additionalProperties":false,"required":["id","prices_per_product","prices_total"],"description":"Prices of one product.","x-provenance":"documented","properties":{"id":{"type":"integer","description":"Product id from the request (assigned when not given).","x-provenance":"documented"},"prices_per_product":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"Price of one.","x-provenance":"documented"},"prices_total":{"$ref":"https://probo-mock.dev/schemas/api/price-figures.schema.json","description":"Price of the amount.","x-provenance":"documented"}}}},"deliveries":{"type":"array","description":"Shipping methods for the delivery.","x-provenance":"documented","items":{"title":"PricedDelivery","type":"object","additionalProperties":false,"required":["shipping_method_api_code","shipping_method_name","transit_days","prices"],"description":"A shipping method and its price.","x-provenance":"documented","properties":{"shipping_method_api_code":{"type":["string","null"],"description":"Code of the method.","x-provenance":"documented"},"shipping_method_name":{"type":"string","description":"Name.","x-provenance":"documented"},"shipping_method_description":{"type":"string","description":"Description.","x-provenance":"documented"},"transit_days":{"type":"integer","description":"Days in transit.","x-provenance":"documented"},"delivery_date":{"type":"string","description":"Delivery date with this method (invented).","x-provenance":"invented"},"prices":{"$ref":"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json","description":"Price of the shipment.","x-provenance":"documented"}}}}}}}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/price-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
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
if(data.message === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.calculation_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calculation_id"},message:"must have required property '"+"calculation_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.prices === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prices"},message:"must have required property '"+"prices"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "status") || (key0 === "code")) || (key0 === "message")) || (key0 === "calculation_id")) || (key0 === "prices"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("ok" !== data0){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
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
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(200 !== data1){
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.calculation_id !== undefined){
let data3 = data.calculation_id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/calculation_id",schemaPath:"#/properties/calculation_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.prices !== undefined){
let data4 = data.prices;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.shipping_date === undefined){
const err12 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "shipping_date"},message:"must have required property '"+"shipping_date"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.delivery_date === undefined){
const err13 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "delivery_date"},message:"must have required property '"+"delivery_date"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.production_hours === undefined){
const err14 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "production_hours"},message:"must have required property '"+"production_hours"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.products === undefined){
const err15 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.deliveries === undefined){
const err16 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "deliveries"},message:"must have required property '"+"deliveries"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.products_purchase_price === undefined){
const err17 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_purchase_price"},message:"must have required property '"+"products_purchase_price"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.products_purchase_price_incl_vat === undefined){
const err18 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_purchase_price_incl_vat"},message:"must have required property '"+"products_purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.products_sales_price === undefined){
const err19 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_sales_price"},message:"must have required property '"+"products_sales_price"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.products_sales_price_incl_vat === undefined){
const err20 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_sales_price_incl_vat"},message:"must have required property '"+"products_sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.products_base_price === undefined){
const err21 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_base_price"},message:"must have required property '"+"products_base_price"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.products_base_price_incl_vat === undefined){
const err22 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/required",keyword:"required",params:{missingProperty: "products_base_price_incl_vat"},message:"must have required property '"+"products_base_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data5){
if(!(func1.call(schema86.properties.prices.items.properties, key1))){
const err23 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.shipping_date !== undefined){
if(typeof data5.shipping_date !== "string"){
const err24 = {instancePath:instancePath+"/prices/" + i0+"/shipping_date",schemaPath:"#/properties/prices/items/properties/shipping_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.delivery_date !== undefined){
if(typeof data5.delivery_date !== "string"){
const err25 = {instancePath:instancePath+"/prices/" + i0+"/delivery_date",schemaPath:"#/properties/prices/items/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.production_hours !== undefined){
let data8 = data5.production_hours;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/prices/" + i0+"/production_hours",schemaPath:"#/properties/prices/items/properties/production_hours/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.products_purchase_price !== undefined){
let data9 = data5.products_purchase_price;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/prices/" + i0+"/products_purchase_price",schemaPath:"#/properties/prices/items/properties/products_purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.products_purchase_price_incl_vat !== undefined){
let data10 = data5.products_purchase_price_incl_vat;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err28 = {instancePath:instancePath+"/prices/" + i0+"/products_purchase_price_incl_vat",schemaPath:"#/properties/prices/items/properties/products_purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.products_sales_price !== undefined){
let data11 = data5.products_sales_price;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/prices/" + i0+"/products_sales_price",schemaPath:"#/properties/prices/items/properties/products_sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.products_sales_price_incl_vat !== undefined){
let data12 = data5.products_sales_price_incl_vat;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err30 = {instancePath:instancePath+"/prices/" + i0+"/products_sales_price_incl_vat",schemaPath:"#/properties/prices/items/properties/products_sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.products_base_price !== undefined){
let data13 = data5.products_base_price;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err31 = {instancePath:instancePath+"/prices/" + i0+"/products_base_price",schemaPath:"#/properties/prices/items/properties/products_base_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.products_base_price_incl_vat !== undefined){
let data14 = data5.products_base_price_incl_vat;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err32 = {instancePath:instancePath+"/prices/" + i0+"/products_base_price_incl_vat",schemaPath:"#/properties/prices/items/properties/products_base_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.products !== undefined){
let data15 = data5.products;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.id === undefined){
const err33 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data16.prices_per_product === undefined){
const err34 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/required",keyword:"required",params:{missingProperty: "prices_per_product"},message:"must have required property '"+"prices_per_product"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data16.prices_total === undefined){
const err35 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/required",keyword:"required",params:{missingProperty: "prices_total"},message:"must have required property '"+"prices_total"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data16){
if(!(((key2 === "id") || (key2 === "prices_per_product")) || (key2 === "prices_total"))){
const err36 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.id !== undefined){
let data17 = data16.id;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err37 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/id",schemaPath:"#/properties/prices/items/properties/products/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data16.prices_per_product !== undefined){
let data18 = data16.prices_per_product;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.purchase_price === undefined){
const err38 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data18.purchase_price_incl_vat === undefined){
const err39 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data18.sales_price === undefined){
const err40 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data18.sales_price_incl_vat === undefined){
const err41 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key3 in data18){
if(!((((key3 === "purchase_price") || (key3 === "purchase_price_incl_vat")) || (key3 === "sales_price")) || (key3 === "sales_price_incl_vat"))){
const err42 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.purchase_price !== undefined){
let data19 = data18.purchase_price;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err43 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data18.purchase_price_incl_vat !== undefined){
let data20 = data18.purchase_price_incl_vat;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err44 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data18.sales_price !== undefined){
let data21 = data18.sales_price;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err45 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.sales_price_incl_vat !== undefined){
let data22 = data18.sales_price_incl_vat;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err46 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_per_product",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.prices_total !== undefined){
let data23 = data16.prices_total;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.purchase_price === undefined){
const err48 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data23.purchase_price_incl_vat === undefined){
const err49 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data23.sales_price === undefined){
const err50 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data23.sales_price_incl_vat === undefined){
const err51 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key4 in data23){
if(!((((key4 === "purchase_price") || (key4 === "purchase_price_incl_vat")) || (key4 === "sales_price")) || (key4 === "sales_price_incl_vat"))){
const err52 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data23.purchase_price !== undefined){
let data24 = data23.purchase_price;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err53 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data23.purchase_price_incl_vat !== undefined){
let data25 = data23.purchase_price_incl_vat;
if(!((typeof data25 == "number") && (isFinite(data25)))){
const err54 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data23.sales_price !== undefined){
let data26 = data23.sales_price;
if(!((typeof data26 == "number") && (isFinite(data26)))){
const err55 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data23.sales_price_incl_vat !== undefined){
let data27 = data23.sales_price_incl_vat;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err56 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
else {
const err57 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1+"/prices_total",schemaPath:"https://probo-mock.dev/schemas/api/price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/prices/" + i0+"/products/" + i1,schemaPath:"#/properties/prices/items/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/prices/" + i0+"/products",schemaPath:"#/properties/prices/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data5.deliveries !== undefined){
let data28 = data5.deliveries;
if(Array.isArray(data28)){
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.shipping_method_api_code === undefined){
const err60 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "shipping_method_api_code"},message:"must have required property '"+"shipping_method_api_code"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data29.shipping_method_name === undefined){
const err61 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "shipping_method_name"},message:"must have required property '"+"shipping_method_name"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data29.transit_days === undefined){
const err62 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "transit_days"},message:"must have required property '"+"transit_days"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data29.prices === undefined){
const err63 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/required",keyword:"required",params:{missingProperty: "prices"},message:"must have required property '"+"prices"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key5 in data29){
if(!((((((key5 === "shipping_method_api_code") || (key5 === "shipping_method_name")) || (key5 === "shipping_method_description")) || (key5 === "transit_days")) || (key5 === "delivery_date")) || (key5 === "prices"))){
const err64 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data29.shipping_method_api_code !== undefined){
let data30 = data29.shipping_method_api_code;
if((typeof data30 !== "string") && (data30 !== null)){
const err65 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/shipping_method_api_code",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/shipping_method_api_code/type",keyword:"type",params:{type: schema86.properties.prices.items.properties.deliveries.items.properties.shipping_method_api_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data29.shipping_method_name !== undefined){
if(typeof data29.shipping_method_name !== "string"){
const err66 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/shipping_method_name",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/shipping_method_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data29.shipping_method_description !== undefined){
if(typeof data29.shipping_method_description !== "string"){
const err67 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/shipping_method_description",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/shipping_method_description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.transit_days !== undefined){
let data33 = data29.transit_days;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err68 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/transit_days",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/transit_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data29.delivery_date !== undefined){
if(typeof data29.delivery_date !== "string"){
const err69 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/delivery_date",schemaPath:"#/properties/prices/items/properties/deliveries/items/properties/delivery_date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.prices !== undefined){
let data35 = data29.prices;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.purchase_price === undefined){
const err70 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price"},message:"must have required property '"+"purchase_price"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data35.purchase_price_incl_vat === undefined){
const err71 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_price_incl_vat"},message:"must have required property '"+"purchase_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data35.sales_price === undefined){
const err72 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price"},message:"must have required property '"+"sales_price"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data35.sales_price_incl_vat === undefined){
const err73 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "sales_price_incl_vat"},message:"must have required property '"+"sales_price_incl_vat"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data35.purchase_rush_surcharge === undefined){
const err74 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_rush_surcharge"},message:"must have required property '"+"purchase_rush_surcharge"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data35.purchase_shipping_price === undefined){
const err75 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_shipping_price"},message:"must have required property '"+"purchase_shipping_price"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data35.purchase_packaging_price === undefined){
const err76 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/required",keyword:"required",params:{missingProperty: "purchase_packaging_price"},message:"must have required property '"+"purchase_packaging_price"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key6 in data35){
if(!(((((((key6 === "purchase_price") || (key6 === "purchase_price_incl_vat")) || (key6 === "sales_price")) || (key6 === "sales_price_incl_vat")) || (key6 === "purchase_rush_surcharge")) || (key6 === "purchase_shipping_price")) || (key6 === "purchase_packaging_price"))){
const err77 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data35.purchase_price !== undefined){
let data36 = data35.purchase_price;
if(!((typeof data36 == "number") && (isFinite(data36)))){
const err78 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data35.purchase_price_incl_vat !== undefined){
let data37 = data35.purchase_price_incl_vat;
if(!((typeof data37 == "number") && (isFinite(data37)))){
const err79 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data35.sales_price !== undefined){
let data38 = data35.sales_price;
if(!((typeof data38 == "number") && (isFinite(data38)))){
const err80 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/sales_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/sales_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data35.sales_price_incl_vat !== undefined){
let data39 = data35.sales_price_incl_vat;
if(!((typeof data39 == "number") && (isFinite(data39)))){
const err81 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/sales_price_incl_vat",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/sales_price_incl_vat/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data35.purchase_rush_surcharge !== undefined){
let data40 = data35.purchase_rush_surcharge;
if(!((typeof data40 == "number") && (isFinite(data40)))){
const err82 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_rush_surcharge",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_rush_surcharge/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data35.purchase_shipping_price !== undefined){
let data41 = data35.purchase_shipping_price;
if(!((typeof data41 == "number") && (isFinite(data41)))){
const err83 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_shipping_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_shipping_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data35.purchase_packaging_price !== undefined){
let data42 = data35.purchase_packaging_price;
if(!((typeof data42 == "number") && (isFinite(data42)))){
const err84 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices/purchase_packaging_price",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/properties/purchase_packaging_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2+"/prices",schemaPath:"https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/prices/" + i0+"/deliveries/" + i2,schemaPath:"#/properties/prices/items/properties/deliveries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/prices/" + i0+"/deliveries",schemaPath:"#/properties/prices/items/properties/deliveries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/prices/" + i0,schemaPath:"#/properties/prices/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/prices",schemaPath:"#/properties/prices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_product_option_node = validate61;
const schema90 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/product-option-node.schema.json","title":"ProductOptionNode","description":"A node of the option tree. Ranges and steps are given for inputs; a group of `radio` children is a choice of one.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code","type_code","is_parent","translations"],"properties":{"code":{"type":"string","description":"Option code.","x-provenance":"documented"},"type_code":{"type":"string","description":"Option type.","x-provenance":"documented"},"is_parent":{"type":"boolean","description":"Whether it groups other options.","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"OptionText","type":"object","additionalProperties":false,"required":["name"],"description":"The option texts of one language.","x-provenance":"documented","properties":{"name":{"type":"string","description":"Option name.","x-provenance":"documented"},"description":{"type":"string","description":"Option description.","x-provenance":"documented"}}}},"min_value":{"type":["number","null"],"description":"Smallest value of an input.","x-provenance":"documented"},"max_value":{"type":["number","null"],"description":"Largest value of an input.","x-provenance":"documented"},"step_size":{"type":["number","null"],"description":"Step of an input.","x-provenance":"documented"},"default_value":{"type":["number","null"],"description":"Default of an input.","x-provenance":"documented"},"reversible":{"type":["boolean","null"],"description":"Whether width and height may be swapped (flat-tree-validation guide).","x-provenance":"documented"},"disabled_for_options":{"type":"array","description":"Option codes that exclude it (flat-tree-validation guide).","x-provenance":"documented","items":{"type":"string"}},"children":{"type":"array","description":"The options below it.","x-provenance":"documented","items":{"$ref":"#"}}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/product-option-node.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type_code"},message:"must have required property '"+"type_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.is_parent === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "is_parent"},message:"must have required property '"+"is_parent"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.translations === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "translations"},message:"must have required property '"+"translations"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema90.properties, key0))){
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
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type_code !== undefined){
if(typeof data.type_code !== "string"){
const err6 = {instancePath:instancePath+"/type_code",schemaPath:"#/properties/type_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.is_parent !== undefined){
if(typeof data.is_parent !== "boolean"){
const err7 = {instancePath:instancePath+"/is_parent",schemaPath:"#/properties/is_parent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.translations !== undefined){
let data3 = data.translations;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err8 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "name") || (key2 === "description"))){
const err9 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err10 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/translations/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.description !== undefined){
if(typeof data4.description !== "string"){
const err11 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/translations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err13 = {instancePath:instancePath+"/translations",schemaPath:"#/properties/translations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.min_value !== undefined){
let data7 = data.min_value;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err14 = {instancePath:instancePath+"/min_value",schemaPath:"#/properties/min_value/type",keyword:"type",params:{type: schema90.properties.min_value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.max_value !== undefined){
let data8 = data.max_value;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err15 = {instancePath:instancePath+"/max_value",schemaPath:"#/properties/max_value/type",keyword:"type",params:{type: schema90.properties.max_value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.step_size !== undefined){
let data9 = data.step_size;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err16 = {instancePath:instancePath+"/step_size",schemaPath:"#/properties/step_size/type",keyword:"type",params:{type: schema90.properties.step_size.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.default_value !== undefined){
let data10 = data.default_value;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err17 = {instancePath:instancePath+"/default_value",schemaPath:"#/properties/default_value/type",keyword:"type",params:{type: schema90.properties.default_value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.reversible !== undefined){
let data11 = data.reversible;
if((typeof data11 !== "boolean") && (data11 !== null)){
const err18 = {instancePath:instancePath+"/reversible",schemaPath:"#/properties/reversible/type",keyword:"type",params:{type: schema90.properties.reversible.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.disabled_for_options !== undefined){
let data12 = data.disabled_for_options;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err19 = {instancePath:instancePath+"/disabled_for_options/" + i0,schemaPath:"#/properties/disabled_for_options/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/disabled_for_options",schemaPath:"#/properties/disabled_for_options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.children !== undefined){
let data14 = data.children;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate61(data14[i1], {instancePath:instancePath+"/children/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_product_response = validate62;
const schema91 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/product-response.schema.json","title":"ProductResponse","description":"The answer of `GET /products/product/{code}` (type_10, open; the fields beyond `code` follow the spec example and the docs).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code","translations","article_group_name","options"],"properties":{"code":{"type":"string","description":"API code of the Probo product.","x-provenance":"documented"},"active":{"type":"boolean","description":"If not active it cannot be ordered.","x-provenance":"documented"},"active_to":{"type":["string","null"],"description":"Last day it is active.","x-provenance":"documented"},"replaced_by_product":{"type":["string","null"],"description":"The product replacing it.","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key). Every language the product has (`?language=` keeps one); Probo's configurator reads `translations[language].title` and `.description`, falling back to `translations.nl` (observed), so the seeded products all have `nl`.","x-provenance":"documented","additionalProperties":{"title":"ProductText","type":"object","additionalProperties":false,"required":["title"],"description":"The product texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Product title.","x-provenance":"documented"},"description":{"type":"string","description":"Product description.","x-provenance":"documented"}}}},"article_group_name":{"type":"string","description":"Group name.","x-provenance":"documented"},"unit_code":{"type":"integer","description":"Unit: 1 m², 2 meter, 3 piece.","x-provenance":"documented"},"options":{"type":"array","description":"The option tree.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/product-option-node.schema.json","description":"A top-level option.","x-provenance":"documented"}},"images":{"type":"array","minItems":1,"description":"Pictures of the product, when the catalog has any (absent otherwise: Probo's configurator `ProboConnect/product-configurator` reads `images?.[0].url`, so an empty list would break its modal; observed).","x-provenance":"observed","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/product-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.translations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "translations"},message:"must have required property '"+"translations"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.article_group_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "article_group_name"},message:"must have required property '"+"article_group_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.options === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema91.properties, key0))){
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
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.active !== undefined){
if(typeof data.active !== "boolean"){
const err6 = {instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.active_to !== undefined){
let data2 = data.active_to;
if((typeof data2 !== "string") && (data2 !== null)){
const err7 = {instancePath:instancePath+"/active_to",schemaPath:"#/properties/active_to/type",keyword:"type",params:{type: schema91.properties.active_to.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.replaced_by_product !== undefined){
let data3 = data.replaced_by_product;
if((typeof data3 !== "string") && (data3 !== null)){
const err8 = {instancePath:instancePath+"/replaced_by_product",schemaPath:"#/properties/replaced_by_product/type",keyword:"type",params:{type: schema91.properties.replaced_by_product.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.translations !== undefined){
let data4 = data.translations;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.title === undefined){
const err9 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "title") || (key2 === "description"))){
const err10 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.title !== undefined){
if(typeof data5.title !== "string"){
const err11 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/properties/translations/additionalProperties/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.description !== undefined){
if(typeof data5.description !== "string"){
const err12 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/translations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err13 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err14 = {instancePath:instancePath+"/translations",schemaPath:"#/properties/translations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.article_group_name !== undefined){
if(typeof data.article_group_name !== "string"){
const err15 = {instancePath:instancePath+"/article_group_name",schemaPath:"#/properties/article_group_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.unit_code !== undefined){
let data9 = data.unit_code;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/unit_code",schemaPath:"#/properties/unit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.options !== undefined){
let data10 = data.options;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate61(data10[i0], {instancePath:instancePath+"/options/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
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
if(data.images !== undefined){
let data12 = data.images;
if(Array.isArray(data12)){
if(data12.length < 1){
const err18 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.url === undefined){
const err19 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data13){
if(!(key3 === "url")){
const err20 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.url !== undefined){
if(typeof data13.url !== "string"){
const err21 = {instancePath:instancePath+"/images/" + i1+"/url",schemaPath:"#/properties/images/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err23 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_products_response = validate64;
const schema92 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/products-response.schema.json","title":"ProductsResponse","description":"The answer of `GET /products`. Follows the newer docs (tracking-product-updates guide), not the 2019 spec example: the list is under `data` (the spec example has `products`), `unit_code` is an integer (the spec has \"m2\"), and each product has `active`, `active_to` and `replaced_by_product`. With `language`, translations hold that language only (invented).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["meta","data"],"properties":{"meta":{"type":"object","description":"Paging.","x-provenance":"documented","additionalProperties":false,"required":["page","pages","items","per_page"],"properties":{"page":{"type":"integer","description":"Page number.","x-provenance":"documented"},"pages":{"type":"integer","description":"Number of pages.","x-provenance":"documented"},"items":{"type":"integer","description":"Total number of items.","x-provenance":"documented"},"per_page":{"type":"integer","description":"Maximum number of items per page.","x-provenance":"documented"}}},"data":{"type":"array","description":"The products of this page.","x-provenance":"documented","items":{"title":"ListedProduct","type":"object","additionalProperties":false,"description":"A product in the list.","x-provenance":"documented","required":["code","article_group_name","unit_code","translations","created_at","updated_at"],"properties":{"active":{"type":"boolean","description":"If not active it cannot be ordered (docs).","x-provenance":"documented"},"active_to":{"type":["string","null"],"description":"Last day it is active (tracking-product-updates guide).","x-provenance":"documented"},"replaced_by_product":{"type":["string","null"],"description":"The product replacing it (tracking-product-updates guide).","x-provenance":"documented"},"code":{"type":"string","description":"API code of the product.","x-provenance":"documented"},"article_group_name":{"type":"string","description":"Group name.","x-provenance":"documented"},"unit_code":{"type":"integer","description":"Unit: 1 m², 2 meter, 3 piece (docs; the 2019 spec example has \"m2\").","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"ProductText","type":"object","additionalProperties":false,"required":["title"],"description":"The product texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Product title.","x-provenance":"documented"},"description":{"type":"string","description":"Product description.","x-provenance":"documented"}}}},"created_at":{"type":"string","description":"Created.","x-provenance":"documented"},"updated_at":{"type":"string","description":"Last changed.","x-provenance":"documented"}}}}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/products-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meta === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "meta") || (key0 === "data"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.meta !== undefined){
let data0 = data.meta;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.page === undefined){
const err3 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.pages === undefined){
const err4 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "pages"},message:"must have required property '"+"pages"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.items === undefined){
const err5 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.per_page === undefined){
const err6 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "per_page"},message:"must have required property '"+"per_page"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((((key1 === "page") || (key1 === "pages")) || (key1 === "items")) || (key1 === "per_page"))){
const err7 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.page !== undefined){
let data1 = data0.page;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/meta/page",schemaPath:"#/properties/meta/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.pages !== undefined){
let data2 = data0.pages;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/meta/pages",schemaPath:"#/properties/meta/properties/pages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.items !== undefined){
let data3 = data0.items;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/meta/items",schemaPath:"#/properties/meta/properties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.per_page !== undefined){
let data4 = data0.per_page;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/meta/per_page",schemaPath:"#/properties/meta/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err12 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err13 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.article_group_name === undefined){
const err14 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/required",keyword:"required",params:{missingProperty: "article_group_name"},message:"must have required property '"+"article_group_name"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.unit_code === undefined){
const err15 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/required",keyword:"required",params:{missingProperty: "unit_code"},message:"must have required property '"+"unit_code"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.translations === undefined){
const err16 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/required",keyword:"required",params:{missingProperty: "translations"},message:"must have required property '"+"translations"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.created_at === undefined){
const err17 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.updated_at === undefined){
const err18 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data6){
if(!(func1.call(schema92.properties.data.items.properties, key2))){
const err19 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.active !== undefined){
if(typeof data6.active !== "boolean"){
const err20 = {instancePath:instancePath+"/data/" + i0+"/active",schemaPath:"#/properties/data/items/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.active_to !== undefined){
let data8 = data6.active_to;
if((typeof data8 !== "string") && (data8 !== null)){
const err21 = {instancePath:instancePath+"/data/" + i0+"/active_to",schemaPath:"#/properties/data/items/properties/active_to/type",keyword:"type",params:{type: schema92.properties.data.items.properties.active_to.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.replaced_by_product !== undefined){
let data9 = data6.replaced_by_product;
if((typeof data9 !== "string") && (data9 !== null)){
const err22 = {instancePath:instancePath+"/data/" + i0+"/replaced_by_product",schemaPath:"#/properties/data/items/properties/replaced_by_product/type",keyword:"type",params:{type: schema92.properties.data.items.properties.replaced_by_product.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.code !== undefined){
if(typeof data6.code !== "string"){
const err23 = {instancePath:instancePath+"/data/" + i0+"/code",schemaPath:"#/properties/data/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.article_group_name !== undefined){
if(typeof data6.article_group_name !== "string"){
const err24 = {instancePath:instancePath+"/data/" + i0+"/article_group_name",schemaPath:"#/properties/data/items/properties/article_group_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.unit_code !== undefined){
let data12 = data6.unit_code;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err25 = {instancePath:instancePath+"/data/" + i0+"/unit_code",schemaPath:"#/properties/data/items/properties/unit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.translations !== undefined){
let data13 = data6.translations;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
let data14 = data13[key3];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.title === undefined){
const err26 = {instancePath:instancePath+"/data/" + i0+"/translations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/data/items/properties/translations/additionalProperties/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "title") || (key4 === "description"))){
const err27 = {instancePath:instancePath+"/data/" + i0+"/translations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/data/items/properties/translations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.title !== undefined){
if(typeof data14.title !== "string"){
const err28 = {instancePath:instancePath+"/data/" + i0+"/translations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/properties/data/items/properties/translations/additionalProperties/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.description !== undefined){
if(typeof data14.description !== "string"){
const err29 = {instancePath:instancePath+"/data/" + i0+"/translations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/data/items/properties/translations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/data/" + i0+"/translations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/data/items/properties/translations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath:instancePath+"/data/" + i0+"/translations",schemaPath:"#/properties/data/items/properties/translations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.created_at !== undefined){
if(typeof data6.created_at !== "string"){
const err32 = {instancePath:instancePath+"/data/" + i0+"/created_at",schemaPath:"#/properties/data/items/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.updated_at !== undefined){
if(typeof data6.updated_at !== "string"){
const err33 = {instancePath:instancePath+"/data/" + i0+"/updated_at",schemaPath:"#/properties/data/items/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err35 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_rate_limit_answer = validate65;
const schema93 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/rate-limit-answer.schema.json","title":"RateLimitErrorBody","description":"The HTTP 429 answer past 300 calls a minute per token.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["error"],"properties":{"error":{"const":"Quota has been exceeded","description":"Always \"Quota has been exceeded\".","x-provenance":"documented"}}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/rate-limit-answer.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "error")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.error !== undefined){
if("Quota has been exceeded" !== data.error){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/const",keyword:"const",params:{allowedValue: "Quota has been exceeded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_shipping_methods_response = validate66;
const schema94 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/shipping-methods-response.schema.json","title":"ShippingMethodsResponse","description":"The answer of `GET /shipping/methods`: a bare array, as in the spec example (a pickup method has `code` null there; the mock gives every method a code, invented).","x-provenance":"documented","type":"array","items":{"title":"ShippingMethod","type":"object","additionalProperties":false,"required":["code","carrier_code","type","translations"],"description":"A shipping method.","x-provenance":"documented","properties":{"code":{"type":["string","null"],"description":"Code.","x-provenance":"documented"},"icon":{"type":"string","description":"Icon URL.","x-provenance":"documented"},"requires_email":{"type":"boolean","description":"Needs an email.","x-provenance":"documented"},"requires_phone":{"type":"boolean","description":"Needs a phone.","x-provenance":"documented"},"carrier_code":{"type":"string","description":"Carrier.","x-provenance":"documented"},"type":{"type":"string","description":"shipment or pickup.","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language.","x-provenance":"documented","additionalProperties":{"title":"ShippingMethodTexts","type":"object","description":"Texts of one language.","x-provenance":"documented","additionalProperties":false,"properties":{"title":{"type":"string","description":"Title.","x-provenance":"documented"},"description":{"type":"string","description":"Description.","x-provenance":"documented"},"short_description":{"type":"string","description":"Short description.","x-provenance":"documented"}}}}}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/shipping-methods-response.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.carrier_code === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "carrier_code"},message:"must have required property '"+"carrier_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.translations === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "translations"},message:"must have required property '"+"translations"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data0){
if(!(((((((key0 === "code") || (key0 === "icon")) || (key0 === "requires_email")) || (key0 === "requires_phone")) || (key0 === "carrier_code")) || (key0 === "type")) || (key0 === "translations"))){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.code !== undefined){
let data1 = data0.code;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/" + i0+"/code",schemaPath:"#/items/properties/code/type",keyword:"type",params:{type: schema94.items.properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.icon !== undefined){
if(typeof data0.icon !== "string"){
const err6 = {instancePath:instancePath+"/" + i0+"/icon",schemaPath:"#/items/properties/icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.requires_email !== undefined){
if(typeof data0.requires_email !== "boolean"){
const err7 = {instancePath:instancePath+"/" + i0+"/requires_email",schemaPath:"#/items/properties/requires_email/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.requires_phone !== undefined){
if(typeof data0.requires_phone !== "boolean"){
const err8 = {instancePath:instancePath+"/" + i0+"/requires_phone",schemaPath:"#/items/properties/requires_phone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.carrier_code !== undefined){
if(typeof data0.carrier_code !== "string"){
const err9 = {instancePath:instancePath+"/" + i0+"/carrier_code",schemaPath:"#/items/properties/carrier_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.type !== undefined){
if(typeof data0.type !== "string"){
const err10 = {instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.translations !== undefined){
let data7 = data0.translations;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!(((key2 === "title") || (key2 === "description")) || (key2 === "short_description"))){
const err11 = {instancePath:instancePath+"/" + i0+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/items/properties/translations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.title !== undefined){
if(typeof data8.title !== "string"){
const err12 = {instancePath:instancePath+"/" + i0+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/items/properties/translations/additionalProperties/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.description !== undefined){
if(typeof data8.description !== "string"){
const err13 = {instancePath:instancePath+"/" + i0+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/items/properties/translations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.short_description !== undefined){
if(typeof data8.short_description !== "string"){
const err14 = {instancePath:instancePath+"/" + i0+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/short_description",schemaPath:"#/items/properties/translations/additionalProperties/properties/short_description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err15 = {instancePath:instancePath+"/" + i0+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/items/properties/translations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err16 = {instancePath:instancePath+"/" + i0+"/translations",schemaPath:"#/items/properties/translations/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err17 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const api_uploader_callback = validate67;
const schema95 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-callback.schema.json","title":"UploaderCallback","description":"What an uploader session POSTs to its `callback_url`: `confirmed` when the person confirms the file, then `processed`. The statuses and the start of the body are documented (uploader guide, cut off in the stored copy); the rest, and the timing, are invented.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","id","external_id","products"],"properties":{"status":{"type":"string","description":"confirmed, then processed.","x-provenance":"documented","enum":["confirmed","processed"]},"id":{"type":"integer","description":"Session id (invented field).","x-provenance":"invented"},"external_id":{"type":"integer","description":"Session external id (invented field).","x-provenance":"invented"},"products":{"type":"array","description":"The product of the session.","x-provenance":"documented","items":{"title":"UploadedProduct","type":"object","additionalProperties":false,"required":["id","front_side"],"description":"The uploaded files of one product.","x-provenance":"documented","properties":{"id":{"type":"integer","description":"Product id.","x-provenance":"documented"},"tiling_format":{"type":"string","description":"\"none\".","x-provenance":"documented"},"tiles_horizontal":{"type":"integer","description":"Tiles.","x-provenance":"documented"},"tiles_vertical":{"type":"integer","description":"Tiles.","x-provenance":"documented"},"tiles":{"type":"array","description":"Tiles.","x-provenance":"documented","items":{"type":"object"}},"front_side":{"type":"object","description":"The front side.","x-provenance":"documented","additionalProperties":false,"required":["file","warnings"],"properties":{"file":{"type":"object","description":"The file.","x-provenance":"documented","additionalProperties":false,"required":["status","file_name"],"properties":{"status":{"type":"string","description":"\"not_converted\" when confirmed, \"converted\" when processed (the second is invented).","x-provenance":"documented"},"preview_url":{"type":["string","null"],"description":"Preview.","x-provenance":"documented"},"preview_medium_url":{"type":["string","null"],"description":"Preview.","x-provenance":"documented"},"original_file_url":{"type":["string","null"],"description":"Original.","x-provenance":"documented"},"production_file_url":{"type":["string","null"],"description":"Production file (when processed).","x-provenance":"documented"},"file_name":{"type":"string","description":"File name.","x-provenance":"documented"},"original_file_hash":{"type":["string","null"],"description":"Hash.","x-provenance":"documented"},"size_in_bytes":{"type":"integer","description":"Size.","x-provenance":"documented"},"dpi":{"type":"integer","description":"DPI.","x-provenance":"documented"},"page":{"type":"integer","description":"Page.","x-provenance":"documented"},"is_booklet":{"type":"boolean","description":"Booklet.","x-provenance":"documented"}}},"warnings":{"type":"array","description":"Warnings, e.g. \"wrong_size\".","x-provenance":"documented","items":{"type":"string"}}}}}}}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/uploader-callback.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
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
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.external_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.products === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "status") || (key0 === "id")) || (key0 === "external_id")) || (key0 === "products"))){
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
let data0 = data.status;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data0 === "confirmed") || (data0 === "processed"))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema95.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.external_id !== undefined){
let data2 = data.external_id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/external_id",schemaPath:"#/properties/external_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.products !== undefined){
let data3 = data.products;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err9 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.front_side === undefined){
const err10 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "front_side"},message:"must have required property '"+"front_side"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "id") || (key1 === "tiling_format")) || (key1 === "tiles_horizontal")) || (key1 === "tiles_vertical")) || (key1 === "tiles")) || (key1 === "front_side"))){
const err11 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/products/" + i0+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.tiling_format !== undefined){
if(typeof data4.tiling_format !== "string"){
const err13 = {instancePath:instancePath+"/products/" + i0+"/tiling_format",schemaPath:"#/properties/products/items/properties/tiling_format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.tiles_horizontal !== undefined){
let data7 = data4.tiles_horizontal;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/products/" + i0+"/tiles_horizontal",schemaPath:"#/properties/products/items/properties/tiles_horizontal/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.tiles_vertical !== undefined){
let data8 = data4.tiles_vertical;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err15 = {instancePath:instancePath+"/products/" + i0+"/tiles_vertical",schemaPath:"#/properties/products/items/properties/tiles_vertical/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.tiles !== undefined){
let data9 = data4.tiles;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err16 = {instancePath:instancePath+"/products/" + i0+"/tiles/" + i1,schemaPath:"#/properties/products/items/properties/tiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err17 = {instancePath:instancePath+"/products/" + i0+"/tiles",schemaPath:"#/properties/products/items/properties/tiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.front_side !== undefined){
let data11 = data4.front_side;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.file === undefined){
const err18 = {instancePath:instancePath+"/products/" + i0+"/front_side",schemaPath:"#/properties/products/items/properties/front_side/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data11.warnings === undefined){
const err19 = {instancePath:instancePath+"/products/" + i0+"/front_side",schemaPath:"#/properties/products/items/properties/front_side/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "file") || (key2 === "warnings"))){
const err20 = {instancePath:instancePath+"/products/" + i0+"/front_side",schemaPath:"#/properties/products/items/properties/front_side/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data11.file !== undefined){
let data12 = data11.file;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.status === undefined){
const err21 = {instancePath:instancePath+"/products/" + i0+"/front_side/file",schemaPath:"#/properties/products/items/properties/front_side/properties/file/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data12.file_name === undefined){
const err22 = {instancePath:instancePath+"/products/" + i0+"/front_side/file",schemaPath:"#/properties/products/items/properties/front_side/properties/file/required",keyword:"required",params:{missingProperty: "file_name"},message:"must have required property '"+"file_name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data12){
if(!(func1.call(schema95.properties.products.items.properties.front_side.properties.file.properties, key3))){
const err23 = {instancePath:instancePath+"/products/" + i0+"/front_side/file",schemaPath:"#/properties/products/items/properties/front_side/properties/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.status !== undefined){
if(typeof data12.status !== "string"){
const err24 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/status",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.preview_url !== undefined){
let data14 = data12.preview_url;
if((typeof data14 !== "string") && (data14 !== null)){
const err25 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/preview_url",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/preview_url/type",keyword:"type",params:{type: schema95.properties.products.items.properties.front_side.properties.file.properties.preview_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.preview_medium_url !== undefined){
let data15 = data12.preview_medium_url;
if((typeof data15 !== "string") && (data15 !== null)){
const err26 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/preview_medium_url",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/preview_medium_url/type",keyword:"type",params:{type: schema95.properties.products.items.properties.front_side.properties.file.properties.preview_medium_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.original_file_url !== undefined){
let data16 = data12.original_file_url;
if((typeof data16 !== "string") && (data16 !== null)){
const err27 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/original_file_url",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/original_file_url/type",keyword:"type",params:{type: schema95.properties.products.items.properties.front_side.properties.file.properties.original_file_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.production_file_url !== undefined){
let data17 = data12.production_file_url;
if((typeof data17 !== "string") && (data17 !== null)){
const err28 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/production_file_url",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/production_file_url/type",keyword:"type",params:{type: schema95.properties.products.items.properties.front_side.properties.file.properties.production_file_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.file_name !== undefined){
if(typeof data12.file_name !== "string"){
const err29 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/file_name",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/file_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.original_file_hash !== undefined){
let data19 = data12.original_file_hash;
if((typeof data19 !== "string") && (data19 !== null)){
const err30 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/original_file_hash",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/original_file_hash/type",keyword:"type",params:{type: schema95.properties.products.items.properties.front_side.properties.file.properties.original_file_hash.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data12.size_in_bytes !== undefined){
let data20 = data12.size_in_bytes;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err31 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/size_in_bytes",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/size_in_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.dpi !== undefined){
let data21 = data12.dpi;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err32 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/dpi",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/dpi/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.page !== undefined){
let data22 = data12.page;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err33 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/page",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.is_booklet !== undefined){
if(typeof data12.is_booklet !== "boolean"){
const err34 = {instancePath:instancePath+"/products/" + i0+"/front_side/file/is_booklet",schemaPath:"#/properties/products/items/properties/front_side/properties/file/properties/is_booklet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err35 = {instancePath:instancePath+"/products/" + i0+"/front_side/file",schemaPath:"#/properties/products/items/properties/front_side/properties/file/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.warnings !== undefined){
let data24 = data11.warnings;
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
if(typeof data24[i2] !== "string"){
const err36 = {instancePath:instancePath+"/products/" + i0+"/front_side/warnings/" + i2,schemaPath:"#/properties/products/items/properties/front_side/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err37 = {instancePath:instancePath+"/products/" + i0+"/front_side/warnings",schemaPath:"#/properties/products/items/properties/front_side/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err38 = {instancePath:instancePath+"/products/" + i0+"/front_side",schemaPath:"#/properties/products/items/properties/front_side/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err39 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_uploader_confirm_request = validate68;
const schema96 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-confirm-request.schema.json","title":"UploaderConfirmRequest","description":"The body the mock's uploader session page sends to confirm a file (`POST /uploader/{id}/confirm`; the mock's own, invented: Probo's uploader is a web application at print-uploader.com).","x-provenance":"invented","type":"object","additionalProperties":false,"required":["token","file_name"],"properties":{"token":{"type":"string","description":"The token of the session URL.","x-provenance":"invented","minLength":1},"file_name":{"type":"string","description":"Name of the chosen file.","x-provenance":"invented","minLength":1,"maxLength":255},"size_in_bytes":{"type":"integer","description":"Its size.","x-provenance":"invented","minimum":0}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/uploader-confirm-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file_name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file_name"},message:"must have required property '"+"file_name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "token") || (key0 === "file_name")) || (key0 === "size_in_bytes"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.file_name !== undefined){
let data1 = data.file_name;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err5 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/file_name",schemaPath:"#/properties/file_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.size_in_bytes !== undefined){
let data2 = data.size_in_bytes;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/size_in_bytes",schemaPath:"#/properties/size_in_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/size_in_bytes",schemaPath:"#/properties/size_in_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const api_uploader_create_request = validate69;
const schema97 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-create-request.schema.json","title":"UploaderCreateRequest","description":"The body of `POST /products/uploader/create` (type_9): a `calculation_id` from `/products/configure` or `/price`, and the URL the uploader sessions report to.","x-provenance":"documented","type":"object","required":["calculation_id"],"properties":{"calculation_id":{"type":"integer","description":"From a completed configuration or a price request.","x-provenance":"documented"},"callback_url":{"type":["string","null"],"description":"Gets `confirmed` and `processed` for each session (documented, as a required URL). Probo's own configurator (`ProboConnect/product-configurator`, `getUploaderSession`) sends `null` when the shop set no `callbackUrl` (its default), `\"\"` (its web component's default) or leaves the field out: each means no callback (observed), and the sessions then report to no one.","x-provenance":"observed","pattern":"^(?:https?://|$)"},"language":{"type":"string","description":"Language of the uploader.","x-provenance":"documented","minLength":2,"maxLength":2}}};
const pattern13 = new RegExp("^(?:https?://|$)", "u");

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

export const api_uploader_create_response = validate70;
const schema98 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-create-response.schema.json","title":"UploaderCreateResponse","description":"The answer of `POST /products/uploader/create`: one session per product of the calculation. `external_id` follows the docs (uploader guide), which the spec lacks.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","message","uploaders"],"properties":{"status":{"type":"string","description":"\"ok\".","x-provenance":"documented","const":"ok"},"message":{"type":"string","description":"\"Uploaders created\".","x-provenance":"documented"},"uploaders":{"type":"array","description":"The sessions.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/uploader-session.schema.json"}}}};

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

export const api_uploader_session = validate71;

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/api/uploader-session.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.product_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_id"},message:"must have required property '"+"product_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.external_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.url === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "product_id") || (key0 === "id")) || (key0 === "external_id")) || (key0 === "url"))){
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
if(data.product_id !== undefined){
let data0 = data.product_id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.external_id !== undefined){
let data2 = data.external_id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/external_id",schemaPath:"#/properties/external_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const callbacks_accepted = validate72;
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

export const callbacks_callback = validate73;
const schema103 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/callbacks/callback.schema.json","title":"ProboCallback","description":"Any order status callback Probo pushes to the `callback_urls` of an order post. The body is judged by its `status` (and, for `not_accepted`, by the presence of `file`) against exactly one message schema.","x-provenance":"documented","type":"object","required":["status"],"properties":{"status":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"Which message this is.","x-provenance":"documented"}},"$comment":"The allOf union is generated from the message schemas of this folder by `npm run generate`; the rest is hand-kept.","allOf":[{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"queued"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/queued.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"accepted"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/accepted.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"not_accepted"},"file":true},"not":{"type":"object","required":["file"],"properties":{"file":true}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/not-accepted-duplicate-order.schema.json"}},{"if":{"type":"object","required":["status","file"],"properties":{"status":{"const":"not_accepted"},"file":true}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/not-accepted-file-rejected.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"in_production"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/in-production.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"logistics"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/logistics.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_created"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-created.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_scanned_by_carrier"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-scanned-by-carrier.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_in_transit"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-in-transit.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_delayed"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-delayed.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_returned"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-returned.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_exception"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-exception.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_not_at_home"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-not-at-home.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_available_at_pickup_point"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_picked_up"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-picked-up.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"shipment_delivered"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/shipment-delivered.schema.json"}},{"if":{"type":"object","required":["status"],"properties":{"status":{"const":"canceled"}}},"then":{"$ref":"https://probo-mock.dev/schemas/callbacks/canceled.schema.json"}}]};
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

export const callbacks_canceled = validate104;

export const callbacks_in_production = validate80;

export const callbacks_logistics = validate82;

export const callbacks_not_accepted_duplicate_order = validate76;

export const callbacks_not_accepted_file_rejected = validate78;

export const callbacks_queued = validate39;

export const callbacks_shipment_available_at_pickup_point = validate98;

export const callbacks_shipment_created = validate84;

export const callbacks_shipment_delayed = validate90;

export const callbacks_shipment_delivered = validate102;

export const callbacks_shipment_exception = validate94;

export const callbacks_shipment_in_transit = validate88;

export const callbacks_shipment_not_at_home = validate96;

export const callbacks_shipment_picked_up = validate100;

export const callbacks_shipment_returned = validate92;

export const callbacks_shipment_scanned_by_carrier = validate86;

export const catalog_catalog = validate106;
const schema146 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/catalog/catalog.schema.json","title":"Catalog","description":"The mock's product catalog file (`fixtures/catalog/catalog.json`, or your own with `serve --catalog FILE`): Probo-like products with option trees, composed API products and shipping methods. The file format is the mock's own (invented); the fields it holds mirror what Probo's product, configure, price and shipping answers show (documented). Prices are invented: Probo's are per reseller and not public.","x-provenance":"invented","type":"object","additionalProperties":false,"required":["products","api_products","shipping_methods","production"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors.","x-provenance":"invented"},"vat_rate":{"type":"number","description":"VAT rate on purchase and sales prices (default 0.21, the Dutch rate; invented).","x-provenance":"invented","minimum":0,"maximum":1},"margin":{"type":"number","description":"The reseller's sales margin on the purchase price (default 0.5; invented).","x-provenance":"invented","minimum":0},"products":{"type":"array","description":"The Probo products (`GET /products`).","x-provenance":"invented","minItems":1,"items":{"$ref":"#/$defs/product"}},"api_products":{"type":"array","description":"Composed API products: a product with its options fixed, ordered by `customer_code`.","x-provenance":"invented","items":{"$ref":"#/$defs/apiProduct"}},"shipping_methods":{"type":"array","description":"Shipping methods (`GET /shipping/methods`), carriers and pickup points.","x-provenance":"invented","minItems":1,"items":{"$ref":"#/$defs/shippingMethod"}},"production":{"type":"array","description":"Delivery options of `/price`: production hours and their surcharge.","x-provenance":"invented","minItems":1,"items":{"$ref":"#/$defs/production"}}},"$defs":{"product":{"title":"CatalogProduct","type":"object","additionalProperties":false,"description":"One Probo product and its option tree.","x-provenance":"invented","required":["code","article_group_name","unit_code","translations","base_price","options"],"properties":{"code":{"type":"string","description":"API code of the Probo product, e.g. \"banner-510\".","x-provenance":"documented","pattern":"^[a-z0-9][a-z0-9_-]+$"},"article_group_name":{"type":"string","description":"The group name of the product (e.g. \"Doek\").","x-provenance":"documented"},"unit_code":{"type":"integer","description":"Unit of ordering: 1 square meter, 2 length meter, 3 per piece (api-userguide).","x-provenance":"documented","enum":[1,2,3]},"active":{"type":"boolean","description":"If not active it cannot be ordered (default true).","x-provenance":"documented"},"active_to":{"type":["string","null"],"description":"Date after which the product is no longer active.","x-provenance":"documented"},"replaced_by_product":{"type":["string","null"],"description":"The product that replaces this one.","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"ProductText","type":"object","additionalProperties":false,"required":["title"],"description":"The product texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Product title.","x-provenance":"documented"},"description":{"type":"string","description":"Product description.","x-provenance":"documented"}}}},"base_price":{"type":"number","description":"Purchase price per unit (per m², per meter or per piece; invented).","x-provenance":"invented","minimum":0},"minimum_price":{"type":"number","description":"Lowest purchase price of one product (invented).","x-provenance":"invented","minimum":0},"created_at":{"type":"string","description":"When the product was created, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"updated_at":{"type":"string","description":"When the product last changed, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"options":{"type":"array","description":"The option tree: groups (`is_parent`) whose children are inputs or mutually exclusive choices.","x-provenance":"documented","minItems":1,"items":{"$ref":"#/$defs/option"}},"images":{"type":"array","minItems":1,"description":"Pictures of the product (product detail answers; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}}}},"option":{"title":"CatalogOption","type":"object","additionalProperties":false,"description":"A node of an option tree: a group, an input (width, height, amount…) or a choice (radio).","x-provenance":"documented","required":["code","type_code","translations"],"properties":{"code":{"type":"string","description":"Option code, unique within the product; a group may share its code with its own input (the `amount` group and its `amount`, as Probo's configurator expects).","x-provenance":"documented","minLength":2},"type_code":{"type":"string","description":"The type of the option (a subset of the documented list).","x-provenance":"documented","enum":["parent","parent_size","parent_amount","radio","width","height","length","amount","number","decimal","text"]},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"OptionText","type":"object","additionalProperties":false,"required":["name"],"description":"The option texts of one language.","x-provenance":"documented","properties":{"name":{"type":"string","description":"Option name.","x-provenance":"documented"},"description":{"type":"string","description":"Option description.","x-provenance":"documented"}}}},"required":{"type":"boolean","description":"For a group: one of its choices (or its inputs) must be given to order (default true; invented).","x-provenance":"invented"},"min_value":{"type":"number","description":"Smallest value of an input.","x-provenance":"documented"},"max_value":{"type":"number","description":"Largest value of an input.","x-provenance":"documented"},"step_size":{"type":"number","description":"Values of an input are min_value plus a whole number of steps.","x-provenance":"documented","exclusiveMinimum":0},"default_value":{"type":"number","description":"Value of an input when none is given.","x-provenance":"documented"},"scale":{"type":"integer","description":"Decimals of an input value.","x-provenance":"documented"},"price":{"type":"number","description":"Surcharge of a choice per unit (per m², meter or piece; invented).","x-provenance":"invented"},"price_per_piece":{"type":"number","description":"Surcharge of a choice per product (invented).","x-provenance":"invented"},"reversible":{"type":"boolean","description":"Whether width and height may be swapped.","x-provenance":"documented"},"disabled_for_options":{"type":"array","description":"Option codes that exclude this one (flat-tree-validation guide).","x-provenance":"documented","items":{"type":"string"}},"children":{"type":"array","description":"The options below this one.","x-provenance":"documented","items":{"$ref":"#/$defs/option"}},"images":{"type":"array","description":"Pictures of the option (configure answers list them; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}},"label":{"type":"string","description":"A short label shown beside the option, e.g. \"Bestseller\" (configure answers, docs example).","x-provenance":"documented"}}},"apiProduct":{"title":"CatalogApiProduct","type":"object","additionalProperties":false,"description":"A composed API product: a Probo product with its options chosen, ordered by `customer_code`.","x-provenance":"documented","required":["customer_code","code","title","options"],"properties":{"customer_code":{"type":"string","description":"Code of the API product saved in the reseller's account.","x-provenance":"documented","minLength":2},"code":{"type":"string","description":"The Probo product it is composed of.","x-provenance":"documented"},"title":{"type":"string","description":"Title of the API product.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description of the API product.","x-provenance":"documented"},"options":{"type":"array","description":"The chosen options, as in an order.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option.","x-provenance":"documented"}},"created_at":{"type":"string","description":"When it was composed.","x-provenance":"documented"},"updated_at":{"type":"string","description":"When it last changed.","x-provenance":"documented"}}},"shippingMethod":{"title":"CatalogShippingMethod","type":"object","additionalProperties":false,"description":"A shipping method: a carrier service or a pickup point.","x-provenance":"documented","required":["code","carrier_code","type","transit_days","price","translations"],"properties":{"code":{"type":["string","null"],"description":"Shipping method code, e.g. \"dhl-standard\" (null in the published pickup example).","x-provenance":"documented"},"carrier_code":{"type":"string","description":"The carrier, e.g. \"DHL\".","x-provenance":"documented"},"type":{"type":"string","description":"Kind of method: shipment or pickup.","x-provenance":"documented","enum":["shipment","pickup"]},"icon":{"type":"string","description":"URL of the method icon.","x-provenance":"documented"},"requires_email":{"type":"boolean","description":"Whether the address needs an email.","x-provenance":"documented"},"requires_phone":{"type":"boolean","description":"Whether the address needs a phone number.","x-provenance":"documented"},"transit_days":{"type":"integer","description":"Days between shipping and delivery.","x-provenance":"documented","minimum":0},"price":{"type":"number","description":"Purchase price of the shipment (invented).","x-provenance":"invented","minimum":0},"countries":{"type":"array","description":"Countries it delivers to (invented; absent: all).","x-provenance":"invented","items":{"type":"string","minLength":2,"maxLength":2}},"translations":{"type":"object","description":"Texts per language.","x-provenance":"documented","additionalProperties":{"title":"ShippingMethodText","type":"object","additionalProperties":false,"required":["title"],"description":"The texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Title.","x-provenance":"documented"},"description":{"type":"string","description":"Description.","x-provenance":"documented"},"short_description":{"type":"string","description":"Short description.","x-provenance":"documented"}}}}}},"production":{"title":"CatalogProduction","type":"object","additionalProperties":false,"description":"One delivery option of `/price`.","x-provenance":"invented","required":["production_hours","surcharge"],"properties":{"production_hours":{"type":"integer","description":"Hours of production (documented values: 24, 48, …).","x-provenance":"documented","minimum":1},"surcharge":{"type":"number","description":"Fraction added to the purchase price for this speed (invented).","x-provenance":"invented","minimum":0}}}}};
const schema151 = {"title":"CatalogShippingMethod","type":"object","additionalProperties":false,"description":"A shipping method: a carrier service or a pickup point.","x-provenance":"documented","required":["code","carrier_code","type","transit_days","price","translations"],"properties":{"code":{"type":["string","null"],"description":"Shipping method code, e.g. \"dhl-standard\" (null in the published pickup example).","x-provenance":"documented"},"carrier_code":{"type":"string","description":"The carrier, e.g. \"DHL\".","x-provenance":"documented"},"type":{"type":"string","description":"Kind of method: shipment or pickup.","x-provenance":"documented","enum":["shipment","pickup"]},"icon":{"type":"string","description":"URL of the method icon.","x-provenance":"documented"},"requires_email":{"type":"boolean","description":"Whether the address needs an email.","x-provenance":"documented"},"requires_phone":{"type":"boolean","description":"Whether the address needs a phone number.","x-provenance":"documented"},"transit_days":{"type":"integer","description":"Days between shipping and delivery.","x-provenance":"documented","minimum":0},"price":{"type":"number","description":"Purchase price of the shipment (invented).","x-provenance":"invented","minimum":0},"countries":{"type":"array","description":"Countries it delivers to (invented; absent: all).","x-provenance":"invented","items":{"type":"string","minLength":2,"maxLength":2}},"translations":{"type":"object","description":"Texts per language.","x-provenance":"documented","additionalProperties":{"title":"ShippingMethodText","type":"object","additionalProperties":false,"required":["title"],"description":"The texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Title.","x-provenance":"documented"},"description":{"type":"string","description":"Description.","x-provenance":"documented"},"short_description":{"type":"string","description":"Short description.","x-provenance":"documented"}}}}}};
const schema152 = {"title":"CatalogProduction","type":"object","additionalProperties":false,"description":"One delivery option of `/price`.","x-provenance":"invented","required":["production_hours","surcharge"],"properties":{"production_hours":{"type":"integer","description":"Hours of production (documented values: 24, 48, …).","x-provenance":"documented","minimum":1},"surcharge":{"type":"number","description":"Fraction added to the purchase price for this speed (invented).","x-provenance":"invented","minimum":0}}};
const schema147 = {"title":"CatalogProduct","type":"object","additionalProperties":false,"description":"One Probo product and its option tree.","x-provenance":"invented","required":["code","article_group_name","unit_code","translations","base_price","options"],"properties":{"code":{"type":"string","description":"API code of the Probo product, e.g. \"banner-510\".","x-provenance":"documented","pattern":"^[a-z0-9][a-z0-9_-]+$"},"article_group_name":{"type":"string","description":"The group name of the product (e.g. \"Doek\").","x-provenance":"documented"},"unit_code":{"type":"integer","description":"Unit of ordering: 1 square meter, 2 length meter, 3 per piece (api-userguide).","x-provenance":"documented","enum":[1,2,3]},"active":{"type":"boolean","description":"If not active it cannot be ordered (default true).","x-provenance":"documented"},"active_to":{"type":["string","null"],"description":"Date after which the product is no longer active.","x-provenance":"documented"},"replaced_by_product":{"type":["string","null"],"description":"The product that replaces this one.","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"ProductText","type":"object","additionalProperties":false,"required":["title"],"description":"The product texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Product title.","x-provenance":"documented"},"description":{"type":"string","description":"Product description.","x-provenance":"documented"}}}},"base_price":{"type":"number","description":"Purchase price per unit (per m², per meter or per piece; invented).","x-provenance":"invented","minimum":0},"minimum_price":{"type":"number","description":"Lowest purchase price of one product (invented).","x-provenance":"invented","minimum":0},"created_at":{"type":"string","description":"When the product was created, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"updated_at":{"type":"string","description":"When the product last changed, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"options":{"type":"array","description":"The option tree: groups (`is_parent`) whose children are inputs or mutually exclusive choices.","x-provenance":"documented","minItems":1,"items":{"$ref":"#/$defs/option"}},"images":{"type":"array","minItems":1,"description":"Pictures of the product (product detail answers; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}}}};
const pattern40 = new RegExp("^[a-z0-9][a-z0-9_-]+$", "u");
const schema148 = {"title":"CatalogOption","type":"object","additionalProperties":false,"description":"A node of an option tree: a group, an input (width, height, amount…) or a choice (radio).","x-provenance":"documented","required":["code","type_code","translations"],"properties":{"code":{"type":"string","description":"Option code, unique within the product; a group may share its code with its own input (the `amount` group and its `amount`, as Probo's configurator expects).","x-provenance":"documented","minLength":2},"type_code":{"type":"string","description":"The type of the option (a subset of the documented list).","x-provenance":"documented","enum":["parent","parent_size","parent_amount","radio","width","height","length","amount","number","decimal","text"]},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"OptionText","type":"object","additionalProperties":false,"required":["name"],"description":"The option texts of one language.","x-provenance":"documented","properties":{"name":{"type":"string","description":"Option name.","x-provenance":"documented"},"description":{"type":"string","description":"Option description.","x-provenance":"documented"}}}},"required":{"type":"boolean","description":"For a group: one of its choices (or its inputs) must be given to order (default true; invented).","x-provenance":"invented"},"min_value":{"type":"number","description":"Smallest value of an input.","x-provenance":"documented"},"max_value":{"type":"number","description":"Largest value of an input.","x-provenance":"documented"},"step_size":{"type":"number","description":"Values of an input are min_value plus a whole number of steps.","x-provenance":"documented","exclusiveMinimum":0},"default_value":{"type":"number","description":"Value of an input when none is given.","x-provenance":"documented"},"scale":{"type":"integer","description":"Decimals of an input value.","x-provenance":"documented"},"price":{"type":"number","description":"Surcharge of a choice per unit (per m², meter or piece; invented).","x-provenance":"invented"},"price_per_piece":{"type":"number","description":"Surcharge of a choice per product (invented).","x-provenance":"invented"},"reversible":{"type":"boolean","description":"Whether width and height may be swapped.","x-provenance":"documented"},"disabled_for_options":{"type":"array","description":"Option codes that exclude this one (flat-tree-validation guide).","x-provenance":"documented","items":{"type":"string"}},"children":{"type":"array","description":"The options below this one.","x-provenance":"documented","items":{"$ref":"#/$defs/option"}},"images":{"type":"array","description":"Pictures of the option (configure answers list them; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}},"label":{"type":"string","description":"A short label shown beside the option, e.g. \"Bestseller\" (configure answers, docs example).","x-provenance":"documented"}}};
const wrapper0 = {validate: validate108};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type_code"},message:"must have required property '"+"type_code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.translations === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "translations"},message:"must have required property '"+"translations"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema148.properties, key0))){
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
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(func2(data0) < 2){
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type_code !== undefined){
let data1 = data.type_code;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/type_code",schemaPath:"#/properties/type_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((((((data1 === "parent") || (data1 === "parent_size")) || (data1 === "parent_amount")) || (data1 === "radio")) || (data1 === "width")) || (data1 === "height")) || (data1 === "length")) || (data1 === "amount")) || (data1 === "number")) || (data1 === "decimal")) || (data1 === "text"))){
const err7 = {instancePath:instancePath+"/type_code",schemaPath:"#/properties/type_code/enum",keyword:"enum",params:{allowedValues: schema148.properties.type_code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.translations !== undefined){
let data2 = data.translations;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err8 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "name") || (key2 === "description"))){
const err9 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err10 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/translations/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.description !== undefined){
if(typeof data3.description !== "string"){
const err11 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/translations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err13 = {instancePath:instancePath+"/translations",schemaPath:"#/properties/translations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err14 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.min_value !== undefined){
let data7 = data.min_value;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/min_value",schemaPath:"#/properties/min_value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.max_value !== undefined){
let data8 = data.max_value;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err16 = {instancePath:instancePath+"/max_value",schemaPath:"#/properties/max_value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.step_size !== undefined){
let data9 = data.step_size;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 <= 0 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/step_size",schemaPath:"#/properties/step_size/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err18 = {instancePath:instancePath+"/step_size",schemaPath:"#/properties/step_size/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.default_value !== undefined){
let data10 = data.default_value;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err19 = {instancePath:instancePath+"/default_value",schemaPath:"#/properties/default_value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.scale !== undefined){
let data11 = data.scale;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err20 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.price !== undefined){
let data12 = data.price;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err21 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.price_per_piece !== undefined){
let data13 = data.price_per_piece;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err22 = {instancePath:instancePath+"/price_per_piece",schemaPath:"#/properties/price_per_piece/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.reversible !== undefined){
if(typeof data.reversible !== "boolean"){
const err23 = {instancePath:instancePath+"/reversible",schemaPath:"#/properties/reversible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.disabled_for_options !== undefined){
let data15 = data.disabled_for_options;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(typeof data15[i0] !== "string"){
const err24 = {instancePath:instancePath+"/disabled_for_options/" + i0,schemaPath:"#/properties/disabled_for_options/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath:instancePath+"/disabled_for_options",schemaPath:"#/properties/disabled_for_options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.children !== undefined){
let data17 = data.children;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper0.validate(data17[i1], {instancePath:instancePath+"/children/" + i1,parentData:data17,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.images !== undefined){
let data19 = data.images;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.url === undefined){
const err27 = {instancePath:instancePath+"/images/" + i2,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data20){
if(!(key3 === "url")){
const err28 = {instancePath:instancePath+"/images/" + i2,schemaPath:"#/properties/images/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.url !== undefined){
if(typeof data20.url !== "string"){
const err29 = {instancePath:instancePath+"/images/" + i2+"/url",schemaPath:"#/properties/images/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/images/" + i2,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err32 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.article_group_name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "article_group_name"},message:"must have required property '"+"article_group_name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.unit_code === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_code"},message:"must have required property '"+"unit_code"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.translations === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "translations"},message:"must have required property '"+"translations"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.base_price === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_price"},message:"must have required property '"+"base_price"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.options === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema147.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(!pattern40.test(data0)){
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]+$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.article_group_name !== undefined){
if(typeof data.article_group_name !== "string"){
const err9 = {instancePath:instancePath+"/article_group_name",schemaPath:"#/properties/article_group_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit_code !== undefined){
let data2 = data.unit_code;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/unit_code",schemaPath:"#/properties/unit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data2 === 1) || (data2 === 2)) || (data2 === 3))){
const err11 = {instancePath:instancePath+"/unit_code",schemaPath:"#/properties/unit_code/enum",keyword:"enum",params:{allowedValues: schema147.properties.unit_code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.active !== undefined){
if(typeof data.active !== "boolean"){
const err12 = {instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.active_to !== undefined){
let data4 = data.active_to;
if((typeof data4 !== "string") && (data4 !== null)){
const err13 = {instancePath:instancePath+"/active_to",schemaPath:"#/properties/active_to/type",keyword:"type",params:{type: schema147.properties.active_to.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.replaced_by_product !== undefined){
let data5 = data.replaced_by_product;
if((typeof data5 !== "string") && (data5 !== null)){
const err14 = {instancePath:instancePath+"/replaced_by_product",schemaPath:"#/properties/replaced_by_product/type",keyword:"type",params:{type: schema147.properties.replaced_by_product.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.translations !== undefined){
let data6 = data.translations;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
let data7 = data6[key1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.title === undefined){
const err15 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "title") || (key2 === "description"))){
const err16 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.title !== undefined){
if(typeof data7.title !== "string"){
const err17 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/properties/translations/additionalProperties/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.description !== undefined){
if(typeof data7.description !== "string"){
const err18 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/translations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath:instancePath+"/translations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/translations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/translations",schemaPath:"#/properties/translations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.base_price !== undefined){
let data10 = data.base_price;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/base_price",schemaPath:"#/properties/base_price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/base_price",schemaPath:"#/properties/base_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.minimum_price !== undefined){
let data11 = data.minimum_price;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/minimum_price",schemaPath:"#/properties/minimum_price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/minimum_price",schemaPath:"#/properties/minimum_price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.created_at !== undefined){
if(typeof data.created_at !== "string"){
const err25 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.updated_at !== undefined){
if(typeof data.updated_at !== "string"){
const err26 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.options !== undefined){
let data14 = data.options;
if(Array.isArray(data14)){
if(data14.length < 1){
const err27 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate108(data14[i0], {instancePath:instancePath+"/options/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.images !== undefined){
let data16 = data.images;
if(Array.isArray(data16)){
if(data16.length < 1){
const err29 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
let data17 = data16[i1];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.url === undefined){
const err30 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data17){
if(!(key3 === "url")){
const err31 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data17.url !== undefined){
if(typeof data17.url !== "string"){
const err32 = {instancePath:instancePath+"/images/" + i1+"/url",schemaPath:"#/properties/images/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err33 = {instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema149 = {"title":"CatalogApiProduct","type":"object","additionalProperties":false,"description":"A composed API product: a Probo product with its options chosen, ordered by `customer_code`.","x-provenance":"documented","required":["customer_code","code","title","options"],"properties":{"customer_code":{"type":"string","description":"Code of the API product saved in the reseller's account.","x-provenance":"documented","minLength":2},"code":{"type":"string","description":"The Probo product it is composed of.","x-provenance":"documented"},"title":{"type":"string","description":"Title of the API product.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description of the API product.","x-provenance":"documented"},"options":{"type":"array","description":"The chosen options, as in an order.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option.","x-provenance":"documented"}},"created_at":{"type":"string","description":"When it was composed.","x-provenance":"documented"},"updated_at":{"type":"string","description":"When it last changed.","x-provenance":"documented"}}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
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
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.options === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "customer_code") || (key0 === "code")) || (key0 === "title")) || (key0 === "description")) || (key0 === "options")) || (key0 === "created_at")) || (key0 === "updated_at"))){
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
if(data.customer_code !== undefined){
let data0 = data.customer_code;
if(typeof data0 === "string"){
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
}
else {
const err6 = {instancePath:instancePath+"/customer_code",schemaPath:"#/properties/customer_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if((typeof data3 !== "string") && (data3 !== null)){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema149.properties.description.type},message:"must be string,null"};
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
let data4 = data.options;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.code === undefined){
const err10 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "code") || (key1 === "value"))){
const err11 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.code !== undefined){
let data6 = data5.code;
if(typeof data6 === "string"){
if(func2(data6) < 2){
const err12 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/options/" + i0+"/code",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.value !== undefined){
let data7 = data5.value;
if(((!((typeof data7 == "number") && (isFinite(data7)))) && (typeof data7 !== "string")) && (data7 !== null)){
const err14 = {instancePath:instancePath+"/options/" + i0+"/value",schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be number,string,null"};
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
else {
const err15 = {instancePath:instancePath+"/options/" + i0,schemaPath:"https://probo-mock.dev/schemas/api/order-option.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err16 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.created_at !== undefined){
if(typeof data.created_at !== "string"){
const err17 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.updated_at !== undefined){
if(typeof data.updated_at !== "string"){
const err18 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/catalog/catalog.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
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
if(data.api_products === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "api_products"},message:"must have required property '"+"api_products"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.shipping_methods === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shipping_methods"},message:"must have required property '"+"shipping_methods"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.production === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "production"},message:"must have required property '"+"production"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "vat_rate")) || (key0 === "margin")) || (key0 === "products")) || (key0 === "api_products")) || (key0 === "shipping_methods")) || (key0 === "production"))){
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
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.vat_rate !== undefined){
let data1 = data.vat_rate;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/vat_rate",schemaPath:"#/properties/vat_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/vat_rate",schemaPath:"#/properties/vat_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/vat_rate",schemaPath:"#/properties/vat_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.margin !== undefined){
let data2 = data.margin;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/margin",schemaPath:"#/properties/margin/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/margin",schemaPath:"#/properties/margin/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.products !== undefined){
let data3 = data.products;
if(Array.isArray(data3)){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate107(data3[i0], {instancePath:instancePath+"/products/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.api_products !== undefined){
let data5 = data.api_products;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate111(data5[i1], {instancePath:instancePath+"/api_products/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/api_products",schemaPath:"#/properties/api_products/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.shipping_methods !== undefined){
let data7 = data.shipping_methods;
if(Array.isArray(data7)){
if(data7.length < 1){
const err14 = {instancePath:instancePath+"/shipping_methods",schemaPath:"#/properties/shipping_methods/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.code === undefined){
const err15 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8.carrier_code === undefined){
const err16 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/required",keyword:"required",params:{missingProperty: "carrier_code"},message:"must have required property '"+"carrier_code"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8.type === undefined){
const err17 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.transit_days === undefined){
const err18 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/required",keyword:"required",params:{missingProperty: "transit_days"},message:"must have required property '"+"transit_days"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.price === undefined){
const err19 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.translations === undefined){
const err20 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/required",keyword:"required",params:{missingProperty: "translations"},message:"must have required property '"+"translations"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data8){
if(!(func1.call(schema151.properties, key1))){
const err21 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.code !== undefined){
let data9 = data8.code;
if((typeof data9 !== "string") && (data9 !== null)){
const err22 = {instancePath:instancePath+"/shipping_methods/" + i2+"/code",schemaPath:"#/$defs/shippingMethod/properties/code/type",keyword:"type",params:{type: schema151.properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.carrier_code !== undefined){
if(typeof data8.carrier_code !== "string"){
const err23 = {instancePath:instancePath+"/shipping_methods/" + i2+"/carrier_code",schemaPath:"#/$defs/shippingMethod/properties/carrier_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.type !== undefined){
let data11 = data8.type;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/shipping_methods/" + i2+"/type",schemaPath:"#/$defs/shippingMethod/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((data11 === "shipment") || (data11 === "pickup"))){
const err25 = {instancePath:instancePath+"/shipping_methods/" + i2+"/type",schemaPath:"#/$defs/shippingMethod/properties/type/enum",keyword:"enum",params:{allowedValues: schema151.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.icon !== undefined){
if(typeof data8.icon !== "string"){
const err26 = {instancePath:instancePath+"/shipping_methods/" + i2+"/icon",schemaPath:"#/$defs/shippingMethod/properties/icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.requires_email !== undefined){
if(typeof data8.requires_email !== "boolean"){
const err27 = {instancePath:instancePath+"/shipping_methods/" + i2+"/requires_email",schemaPath:"#/$defs/shippingMethod/properties/requires_email/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.requires_phone !== undefined){
if(typeof data8.requires_phone !== "boolean"){
const err28 = {instancePath:instancePath+"/shipping_methods/" + i2+"/requires_phone",schemaPath:"#/$defs/shippingMethod/properties/requires_phone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.transit_days !== undefined){
let data15 = data8.transit_days;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err29 = {instancePath:instancePath+"/shipping_methods/" + i2+"/transit_days",schemaPath:"#/$defs/shippingMethod/properties/transit_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err30 = {instancePath:instancePath+"/shipping_methods/" + i2+"/transit_days",schemaPath:"#/$defs/shippingMethod/properties/transit_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data8.price !== undefined){
let data16 = data8.price;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err31 = {instancePath:instancePath+"/shipping_methods/" + i2+"/price",schemaPath:"#/$defs/shippingMethod/properties/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/shipping_methods/" + i2+"/price",schemaPath:"#/$defs/shippingMethod/properties/price/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.countries !== undefined){
let data17 = data8.countries;
if(Array.isArray(data17)){
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
let data18 = data17[i3];
if(typeof data18 === "string"){
if(func2(data18) > 2){
const err33 = {instancePath:instancePath+"/shipping_methods/" + i2+"/countries/" + i3,schemaPath:"#/$defs/shippingMethod/properties/countries/items/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func2(data18) < 2){
const err34 = {instancePath:instancePath+"/shipping_methods/" + i2+"/countries/" + i3,schemaPath:"#/$defs/shippingMethod/properties/countries/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/shipping_methods/" + i2+"/countries/" + i3,schemaPath:"#/$defs/shippingMethod/properties/countries/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err36 = {instancePath:instancePath+"/shipping_methods/" + i2+"/countries",schemaPath:"#/$defs/shippingMethod/properties/countries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.translations !== undefined){
let data19 = data8.translations;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
let data20 = data19[key2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.title === undefined){
const err37 = {instancePath:instancePath+"/shipping_methods/" + i2+"/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shippingMethod/properties/translations/additionalProperties/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data20){
if(!(((key3 === "title") || (key3 === "description")) || (key3 === "short_description"))){
const err38 = {instancePath:instancePath+"/shipping_methods/" + i2+"/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shippingMethod/properties/translations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20.title !== undefined){
if(typeof data20.title !== "string"){
const err39 = {instancePath:instancePath+"/shipping_methods/" + i2+"/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/shippingMethod/properties/translations/additionalProperties/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data20.description !== undefined){
if(typeof data20.description !== "string"){
const err40 = {instancePath:instancePath+"/shipping_methods/" + i2+"/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/shippingMethod/properties/translations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data20.short_description !== undefined){
if(typeof data20.short_description !== "string"){
const err41 = {instancePath:instancePath+"/shipping_methods/" + i2+"/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/short_description",schemaPath:"#/$defs/shippingMethod/properties/translations/additionalProperties/properties/short_description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/shipping_methods/" + i2+"/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/shippingMethod/properties/translations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/shipping_methods/" + i2+"/translations",schemaPath:"#/$defs/shippingMethod/properties/translations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/shipping_methods/" + i2,schemaPath:"#/$defs/shippingMethod/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err45 = {instancePath:instancePath+"/shipping_methods",schemaPath:"#/properties/shipping_methods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.production !== undefined){
let data24 = data.production;
if(Array.isArray(data24)){
if(data24.length < 1){
const err46 = {instancePath:instancePath+"/production",schemaPath:"#/properties/production/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
let data25 = data24[i4];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.production_hours === undefined){
const err47 = {instancePath:instancePath+"/production/" + i4,schemaPath:"#/$defs/production/required",keyword:"required",params:{missingProperty: "production_hours"},message:"must have required property '"+"production_hours"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data25.surcharge === undefined){
const err48 = {instancePath:instancePath+"/production/" + i4,schemaPath:"#/$defs/production/required",keyword:"required",params:{missingProperty: "surcharge"},message:"must have required property '"+"surcharge"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key4 in data25){
if(!((key4 === "production_hours") || (key4 === "surcharge"))){
const err49 = {instancePath:instancePath+"/production/" + i4,schemaPath:"#/$defs/production/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.production_hours !== undefined){
let data26 = data25.production_hours;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err50 = {instancePath:instancePath+"/production/" + i4+"/production_hours",schemaPath:"#/$defs/production/properties/production_hours/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err51 = {instancePath:instancePath+"/production/" + i4+"/production_hours",schemaPath:"#/$defs/production/properties/production_hours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data25.surcharge !== undefined){
let data27 = data25.surcharge;
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err52 = {instancePath:instancePath+"/production/" + i4+"/surcharge",schemaPath:"#/$defs/production/properties/surcharge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/production/" + i4+"/surcharge",schemaPath:"#/$defs/production/properties/surcharge/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/production/" + i4,schemaPath:"#/$defs/production/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/production",schemaPath:"#/properties/production/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const common_file_reference = validate113;

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/common/file-reference.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "id")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const common_order_reference = validate114;

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/common/order-reference.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "reference")) || (key0 === "supplier_order_number")) || (key0 === "status_page_url"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reference !== undefined){
if(typeof data.reference !== "string"){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.supplier_order_number !== undefined){
let data2 = data.supplier_order_number;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/supplier_order_number",schemaPath:"#/properties/supplier_order_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/supplier_order_number",schemaPath:"#/properties/supplier_order_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.status_page_url !== undefined){
let data3 = data.status_page_url;
if(typeof data3 === "string"){
if(!pattern9.test(data3)){
const err7 = {instancePath:instancePath+"/status_page_url",schemaPath:"#/properties/status_page_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(formats0(data3))){
const err8 = {instancePath:instancePath+"/status_page_url",schemaPath:"#/properties/status_page_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err9 = {instancePath:instancePath+"/status_page_url",schemaPath:"#/properties/status_page_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const common_shipped_package = validate115;

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/common/shipped-package.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tracking_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tracking_url"},message:"must have required property '"+"tracking_url"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.barcode === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "barcode"},message:"must have required property '"+"barcode"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "tracking_url")) || (key0 === "barcode"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.tracking_url !== undefined){
let data1 = data.tracking_url;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err6 = {instancePath:instancePath+"/tracking_url",schemaPath:"#/properties/tracking_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0(data1))){
const err7 = {instancePath:instancePath+"/tracking_url",schemaPath:"#/properties/tracking_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/tracking_url",schemaPath:"#/properties/tracking_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.barcode !== undefined){
let data2 = data.barcode;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/barcode",schemaPath:"#/properties/barcode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/barcode",schemaPath:"#/properties/barcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}
validate115.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const common_status = validate116;

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/common/status.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate116.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((data === "queued") || (data === "accepted")) || (data === "not_accepted")) || (data === "in_production")) || (data === "logistics")) || (data === "shipment_created")) || (data === "shipment_scanned_by_carrier")) || (data === "shipment_in_transit")) || (data === "shipment_delayed")) || (data === "shipment_returned")) || (data === "shipment_exception")) || (data === "shipment_not_at_home")) || (data === "shipment_available_at_pickup_point")) || (data === "shipment_picked_up")) || (data === "shipment_delivered")) || (data === "canceled"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}
validate116.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const scenario = validate117;
const schema157 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/scenario.schema.json","title":"Scenario","description":"A probo-mock scenario: the callback sequence the mock delivers for one order. The format is probo-mock's own; Probo publishes nothing like it.","x-provenance":"invented","type":"object","additionalProperties":false,"required":["name","description","steps"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors.","x-provenance":"invented"},"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64,"description":"The scenario's name, as given to `--scenario`, the `X-Probo-Mock-Scenario` header and `trigger`; kebab-case.","x-provenance":"invented","examples":["happy-path"]},"description":{"type":"string","minLength":1,"maxLength":200,"description":"One line saying what the scenario shows.","x-provenance":"invented"},"shuffle":{"type":"boolean","default":false,"description":"Deliver the steps in an order shuffled by the run's seed (never the written order), to test receivers against reordering.","x-provenance":"invented"},"steps":{"type":"array","minItems":1,"maxItems":200,"description":"The callbacks, in delivery order.","x-provenance":"invented","items":{"$ref":"#/$defs/step"}}},"$defs":{"step":{"title":"ScenarioStep","description":"One status change: a callback POSTed to every callback URL of the order. Either `status` (a body built for the order) or `raw` (an exact body text).","x-provenance":"invented","type":"object","additionalProperties":false,"anyOf":[{"required":["status"],"properties":{"status":true}},{"required":["raw"],"properties":{"raw":true}}],"dependentSchemas":{"raw":{"properties":{"status":false,"variant":false,"fileId":false,"packages":false,"patch":false}},"variant":{"required":["status"],"properties":{"status":{"const":"not_accepted"}}},"fileId":{"required":["variant"],"properties":{"variant":{"const":"file-rejected"}}}},"properties":{"status":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The status to send; the body is built for the order by the fake builders.","x-provenance":"invented"},"variant":{"type":"string","enum":["duplicate-order","file-rejected"],"description":"Which documented kind of `not_accepted` to send (only with `status: not_accepted`; default `file-rejected`).","x-provenance":"invented"},"fileId":{"type":"integer","minimum":1,"description":"The 1-based `file.id` of a file rejection; default 1, or the file whose URI asked for the rejection.","x-provenance":"invented"},"delay":{"type":"integer","minimum":0,"maximum":3600000,"description":"Milliseconds after the previous step; overrides the server's `--step-delay` for this step.","x-provenance":"invented"},"repeat":{"type":"integer","minimum":1,"maximum":20,"default":1,"description":"How many times the same bytes are delivered (2 or more = redelivery).","x-provenance":"invented"},"packages":{"type":"integer","minimum":1,"maximum":20,"description":"How many shipped packages a shipment status carries (default 1).","x-provenance":"invented"},"patch":{"type":"object","description":"A JSON merge patch (RFC 7396) applied to the built body; `__proto__`, `constructor` and `prototype` keys are ignored.","x-provenance":"invented"},"raw":{"type":"string","minLength":1,"maxLength":1048576,"description":"An exact body text, sent as is (for malformed or legacy messages). `{{order.id}}`, `{{order.reference}}`, `{{order.supplier_order_number}}` and `{{order.status_page_url}}` are replaced by the order's values, JSON-string-escaped.","x-provenance":"invented"},"headers":{"type":"object","description":"Extra request headers for this step's deliveries.","x-provenance":"invented","propertyNames":{"pattern":"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},"additionalProperties":{"type":"string"}}}}}};
const pattern43 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const schema158 = {"title":"ScenarioStep","description":"One status change: a callback POSTed to every callback URL of the order. Either `status` (a body built for the order) or `raw` (an exact body text).","x-provenance":"invented","type":"object","additionalProperties":false,"anyOf":[{"required":["status"],"properties":{"status":true}},{"required":["raw"],"properties":{"raw":true}}],"dependentSchemas":{"raw":{"properties":{"status":false,"variant":false,"fileId":false,"packages":false,"patch":false}},"variant":{"required":["status"],"properties":{"status":{"const":"not_accepted"}}},"fileId":{"required":["variant"],"properties":{"variant":{"const":"file-rejected"}}}},"properties":{"status":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The status to send; the body is built for the order by the fake builders.","x-provenance":"invented"},"variant":{"type":"string","enum":["duplicate-order","file-rejected"],"description":"Which documented kind of `not_accepted` to send (only with `status: not_accepted`; default `file-rejected`).","x-provenance":"invented"},"fileId":{"type":"integer","minimum":1,"description":"The 1-based `file.id` of a file rejection; default 1, or the file whose URI asked for the rejection.","x-provenance":"invented"},"delay":{"type":"integer","minimum":0,"maximum":3600000,"description":"Milliseconds after the previous step; overrides the server's `--step-delay` for this step.","x-provenance":"invented"},"repeat":{"type":"integer","minimum":1,"maximum":20,"default":1,"description":"How many times the same bytes are delivered (2 or more = redelivery).","x-provenance":"invented"},"packages":{"type":"integer","minimum":1,"maximum":20,"description":"How many shipped packages a shipment status carries (default 1).","x-provenance":"invented"},"patch":{"type":"object","description":"A JSON merge patch (RFC 7396) applied to the built body; `__proto__`, `constructor` and `prototype` keys are ignored.","x-provenance":"invented"},"raw":{"type":"string","minLength":1,"maxLength":1048576,"description":"An exact body text, sent as is (for malformed or legacy messages). `{{order.id}}`, `{{order.reference}}`, `{{order.supplier_order_number}}` and `{{order.status_page_url}}` are replaced by the order's values, JSON-string-escaped.","x-provenance":"invented"},"headers":{"type":"object","description":"Extra request headers for this step's deliveries.","x-provenance":"invented","propertyNames":{"pattern":"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},"additionalProperties":{"type":"string"}}}};
const pattern44 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate118.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.status = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.raw === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "raw"},message:"must have required property '"+"raw"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.raw = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema158.properties, key0))){
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
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((((((((((data0 === "queued") || (data0 === "accepted")) || (data0 === "not_accepted")) || (data0 === "in_production")) || (data0 === "logistics")) || (data0 === "shipment_created")) || (data0 === "shipment_scanned_by_carrier")) || (data0 === "shipment_in_transit")) || (data0 === "shipment_delayed")) || (data0 === "shipment_returned")) || (data0 === "shipment_exception")) || (data0 === "shipment_not_at_home")) || (data0 === "shipment_available_at_pickup_point")) || (data0 === "shipment_picked_up")) || (data0 === "shipment_delivered")) || (data0 === "canceled"))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.variant !== undefined){
let data1 = data.variant;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data1 === "duplicate-order") || (data1 === "file-rejected"))){
const err7 = {instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/enum",keyword:"enum",params:{allowedValues: schema158.properties.variant.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fileId !== undefined){
let data2 = data.fileId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/fileId",schemaPath:"#/properties/fileId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/fileId",schemaPath:"#/properties/fileId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.delay !== undefined){
let data3 = data.delay;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 3600000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.repeat !== undefined){
let data4 = data.repeat;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 20 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.packages !== undefined){
let data5 = data.packages;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 20 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.patch !== undefined){
let data6 = data.patch;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err19 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.raw !== undefined){
let data7 = data.raw;
if(typeof data7 === "string"){
if(func2(data7) > 1048576){
const err20 = {instancePath:instancePath+"/raw",schemaPath:"#/properties/raw/maxLength",keyword:"maxLength",params:{limit: 1048576},message:"must NOT have more than 1048576 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/raw",schemaPath:"#/properties/raw/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/raw",schemaPath:"#/properties/raw/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.headers !== undefined){
let data8 = data.headers;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const _errs36 = errors;
if(typeof key1 === "string"){
if(!pattern44.test(key1)){
const err23 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid3 = _errs36 === errors;
if(!valid3){
const err24 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key2 in data8){
if(typeof data8[key2] !== "string"){
const err25 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.raw !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
const err27 = {instancePath:instancePath+"/status",schemaPath:"#/dependentSchemas/raw/properties/status/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.variant !== undefined){
const err28 = {instancePath:instancePath+"/variant",schemaPath:"#/dependentSchemas/raw/properties/variant/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.fileId !== undefined){
const err29 = {instancePath:instancePath+"/fileId",schemaPath:"#/dependentSchemas/raw/properties/fileId/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.packages !== undefined){
const err30 = {instancePath:instancePath+"/packages",schemaPath:"#/dependentSchemas/raw/properties/packages/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.patch !== undefined){
const err31 = {instancePath:instancePath+"/patch",schemaPath:"#/dependentSchemas/raw/properties/patch/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
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
if(data.variant !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err32 = {instancePath,schemaPath:"#/dependentSchemas/variant/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.status !== undefined){
if("not_accepted" !== data.status){
const err33 = {instancePath:instancePath+"/status",schemaPath:"#/dependentSchemas/variant/properties/status/const",keyword:"const",params:{allowedValue: "not_accepted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
if(data.fileId !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.variant === undefined){
const err34 = {instancePath,schemaPath:"#/dependentSchemas/fileId/required",keyword:"required",params:{missingProperty: "variant"},message:"must have required property '"+"variant"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.variant !== undefined){
if("file-rejected" !== data.variant){
const err35 = {instancePath:instancePath+"/variant",schemaPath:"#/dependentSchemas/fileId/properties/variant/const",keyword:"const",params:{allowedValue: "file-rejected"},message:"must be equal to constant"};
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
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}
validate118.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/scenario.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.steps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "name")) || (key0 === "description")) || (key0 === "shuffle")) || (key0 === "steps"))){
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
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern43.test(data1)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
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
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.shuffle !== undefined){
if(typeof data.shuffle !== "boolean"){
const err11 = {instancePath:instancePath+"/shuffle",schemaPath:"#/properties/shuffle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.steps !== undefined){
let data4 = data.steps;
if(Array.isArray(data4)){
if(data4.length > 200){
const err12 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate118(data4[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** Every schema's validator by its `$id`. */
export const validators: Readonly<Record<string, ValidateFunction>> = {
  "https://probo-mock.dev/schemas/api/apiproduct-request.schema.json": api_apiproduct_request,
  "https://probo-mock.dev/schemas/api/apiproduct-response.schema.json": api_apiproduct_response,
  "https://probo-mock.dev/schemas/api/apiproduct-stored-response.schema.json": api_apiproduct_stored_response,
  "https://probo-mock.dev/schemas/api/apiproducts-response.schema.json": api_apiproducts_response,
  "https://probo-mock.dev/schemas/api/configure-request.schema.json": api_configure_request,
  "https://probo-mock.dev/schemas/api/configure-response.schema.json": api_configure_response,
  "https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json": api_delivery_price_figures,
  "https://probo-mock.dev/schemas/api/error-answer.schema.json": api_error_answer,
  "https://probo-mock.dev/schemas/api/fault-rule.schema.json": api_fault_rule,
  "https://probo-mock.dev/schemas/api/order-address.schema.json": api_order_address,
  "https://probo-mock.dev/schemas/api/order-answer.schema.json": api_order_answer,
  "https://probo-mock.dev/schemas/api/order-cancel-answer.schema.json": api_order_cancel_answer,
  "https://probo-mock.dev/schemas/api/order-cancel-request.schema.json": api_order_cancel_request,
  "https://probo-mock.dev/schemas/api/order-delivery.schema.json": api_order_delivery,
  "https://probo-mock.dev/schemas/api/order-file.schema.json": api_order_file,
  "https://probo-mock.dev/schemas/api/order-option.schema.json": api_order_option,
  "https://probo-mock.dev/schemas/api/order-post.schema.json": api_order_post,
  "https://probo-mock.dev/schemas/api/order-product.schema.json": api_order_product,
  "https://probo-mock.dev/schemas/api/order-release-answer.schema.json": api_order_release_answer,
  "https://probo-mock.dev/schemas/api/order-release-request.schema.json": api_order_release_request,
  "https://probo-mock.dev/schemas/api/order-selector.schema.json": api_order_selector,
  "https://probo-mock.dev/schemas/api/order-sender-address.schema.json": api_order_sender_address,
  "https://probo-mock.dev/schemas/api/order-status-answer.schema.json": api_order_status_answer,
  "https://probo-mock.dev/schemas/api/order-status-request.schema.json": api_order_status_request,
  "https://probo-mock.dev/schemas/api/order-uploader.schema.json": api_order_uploader,
  "https://probo-mock.dev/schemas/api/orders-response.schema.json": api_orders_response,
  "https://probo-mock.dev/schemas/api/price-figures.schema.json": api_price_figures,
  "https://probo-mock.dev/schemas/api/price-request.schema.json": api_price_request,
  "https://probo-mock.dev/schemas/api/price-response.schema.json": api_price_response,
  "https://probo-mock.dev/schemas/api/product-option-node.schema.json": api_product_option_node,
  "https://probo-mock.dev/schemas/api/product-response.schema.json": api_product_response,
  "https://probo-mock.dev/schemas/api/products-response.schema.json": api_products_response,
  "https://probo-mock.dev/schemas/api/rate-limit-answer.schema.json": api_rate_limit_answer,
  "https://probo-mock.dev/schemas/api/shipping-methods-response.schema.json": api_shipping_methods_response,
  "https://probo-mock.dev/schemas/api/uploader-callback.schema.json": api_uploader_callback,
  "https://probo-mock.dev/schemas/api/uploader-confirm-request.schema.json": api_uploader_confirm_request,
  "https://probo-mock.dev/schemas/api/uploader-create-request.schema.json": api_uploader_create_request,
  "https://probo-mock.dev/schemas/api/uploader-create-response.schema.json": api_uploader_create_response,
  "https://probo-mock.dev/schemas/api/uploader-session.schema.json": api_uploader_session,
  "https://probo-mock.dev/schemas/callbacks/accepted.schema.json": callbacks_accepted,
  "https://probo-mock.dev/schemas/callbacks/callback.schema.json": callbacks_callback,
  "https://probo-mock.dev/schemas/callbacks/canceled.schema.json": callbacks_canceled,
  "https://probo-mock.dev/schemas/callbacks/in-production.schema.json": callbacks_in_production,
  "https://probo-mock.dev/schemas/callbacks/logistics.schema.json": callbacks_logistics,
  "https://probo-mock.dev/schemas/callbacks/not-accepted-duplicate-order.schema.json": callbacks_not_accepted_duplicate_order,
  "https://probo-mock.dev/schemas/callbacks/not-accepted-file-rejected.schema.json": callbacks_not_accepted_file_rejected,
  "https://probo-mock.dev/schemas/callbacks/queued.schema.json": callbacks_queued,
  "https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json": callbacks_shipment_available_at_pickup_point,
  "https://probo-mock.dev/schemas/callbacks/shipment-created.schema.json": callbacks_shipment_created,
  "https://probo-mock.dev/schemas/callbacks/shipment-delayed.schema.json": callbacks_shipment_delayed,
  "https://probo-mock.dev/schemas/callbacks/shipment-delivered.schema.json": callbacks_shipment_delivered,
  "https://probo-mock.dev/schemas/callbacks/shipment-exception.schema.json": callbacks_shipment_exception,
  "https://probo-mock.dev/schemas/callbacks/shipment-in-transit.schema.json": callbacks_shipment_in_transit,
  "https://probo-mock.dev/schemas/callbacks/shipment-not-at-home.schema.json": callbacks_shipment_not_at_home,
  "https://probo-mock.dev/schemas/callbacks/shipment-picked-up.schema.json": callbacks_shipment_picked_up,
  "https://probo-mock.dev/schemas/callbacks/shipment-returned.schema.json": callbacks_shipment_returned,
  "https://probo-mock.dev/schemas/callbacks/shipment-scanned-by-carrier.schema.json": callbacks_shipment_scanned_by_carrier,
  "https://probo-mock.dev/schemas/catalog/catalog.schema.json": catalog_catalog,
  "https://probo-mock.dev/schemas/common/file-reference.schema.json": common_file_reference,
  "https://probo-mock.dev/schemas/common/order-reference.schema.json": common_order_reference,
  "https://probo-mock.dev/schemas/common/shipped-package.schema.json": common_shipped_package,
  "https://probo-mock.dev/schemas/common/status.schema.json": common_status,
  "https://probo-mock.dev/schemas/scenario.schema.json": scenario,
};
