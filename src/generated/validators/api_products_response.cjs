/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/products-response.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate64;
const schema92 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/products-response.schema.json","title":"ProductsResponse","description":"The answer of `GET /products`. Follows the newer docs (tracking-product-updates guide), not the 2019 spec example: the list is under `data` (the spec example has `products`), `unit_code` is an integer (the spec has \"m2\"), and each product has `active`, `active_to` and `replaced_by_product`. With `language`, translations hold that language only (invented).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["meta","data"],"properties":{"meta":{"type":"object","description":"Paging.","x-provenance":"documented","additionalProperties":false,"required":["page","pages","items","per_page"],"properties":{"page":{"type":"integer","description":"Page number.","x-provenance":"documented"},"pages":{"type":"integer","description":"Number of pages.","x-provenance":"documented"},"items":{"type":"integer","description":"Total number of items.","x-provenance":"documented"},"per_page":{"type":"integer","description":"Maximum number of items per page.","x-provenance":"documented"}}},"data":{"type":"array","description":"The products of this page.","x-provenance":"documented","items":{"title":"ListedProduct","type":"object","additionalProperties":false,"description":"A product in the list.","x-provenance":"documented","required":["code","article_group_name","unit_code","translations","created_at","updated_at"],"properties":{"active":{"type":"boolean","description":"If not active it cannot be ordered (docs).","x-provenance":"documented"},"active_to":{"type":["string","null"],"description":"Last day it is active (tracking-product-updates guide).","x-provenance":"documented"},"replaced_by_product":{"type":["string","null"],"description":"The product replacing it (tracking-product-updates guide).","x-provenance":"documented"},"code":{"type":"string","description":"API code of the product.","x-provenance":"documented"},"article_group_name":{"type":"string","description":"Group name.","x-provenance":"documented"},"unit_code":{"type":"integer","description":"Unit: 1 m², 2 meter, 3 piece (docs; the 2019 spec example has \"m2\").","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"ProductText","type":"object","additionalProperties":false,"required":["title"],"description":"The product texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Product title.","x-provenance":"documented"},"description":{"type":"string","description":"Product description.","x-provenance":"documented"}}}},"created_at":{"type":"string","description":"Created.","x-provenance":"documented"},"updated_at":{"type":"string","description":"Last changed.","x-provenance":"documented"}}}}}};
const func1 = Object.prototype.hasOwnProperty;

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

