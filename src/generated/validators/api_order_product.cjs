/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/order-product.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate48;
const schema66 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-product.schema.json","title":"OrderProduct","description":"One product of an order post: configured (`code`, Probo's product code, with `options`) or composed (`customer_code`, a product saved in the shop's Probo account), never both; closed, as in the specification. Where the sources disagree the mock follows the newer docs page (examples/products): `files` are \"required when ordering\" unless the uploader flow is used (`uploader: true` or `uploaders`), and a configured product \"requires a full options set\"; the specification requires neither (its own `mingled-product-types` example has no files, and is refused by the mock for that reason).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"code":{"type":"string","minLength":2,"description":"\"Code of the probo product as shown on the webshop product page.\"","x-provenance":"documented","examples":["beachflag"]},"customer_code":{"type":"string","minLength":2,"description":"\"Code relating to the API product saved in reseller's webshop account including selected options.\"","x-provenance":"documented","examples":["banner_520_with_grommets"]},"id":{"type":["integer","string"],"description":"The shop's id of this product line; `/order/status` lists products by it (numbered from 1 when not given: invented).","x-provenance":"documented"},"reference":{"type":"string","maxLength":255,"description":"The shop's reference of this product.","x-provenance":"documented"},"options":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json"},"description":"Chosen options; required for a configured product (docs).","x-provenance":"documented"},"files":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-file.schema.json"},"description":"Print files; required, at least one, unless the uploader flow is used (docs; the specification requires none).","x-provenance":"documented"},"uploader":{"type":"boolean","description":"\"Set to true if you want to use an uploader to upload files after submitting order.\"","x-provenance":"documented"},"uploaders":{"type":"array","items":{"$ref":"https://probo-mock.dev/schemas/api/order-uploader.schema.json"},"description":"Uploader sessions whose files this product uses.","x-provenance":"documented"}},"oneOf":[{"required":["code"],"properties":{"code":true}},{"required":["customer_code"],"properties":{"customer_code":true}}],"allOf":[{"if":{"required":["code"],"properties":{"code":true}},"then":{"required":["options"],"properties":{"options":true}}},{"if":{"anyOf":[{"required":["uploader"],"properties":{"uploader":{"const":true}}},{"required":["uploaders"],"properties":{"uploaders":true}}]},"else":{"required":["files"],"properties":{"files":{"type":"array","minItems":1}}}}]};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-option.schema.json","title":"OrderOption","description":"One product option: an option code and, for an input option, its value (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","minLength":2,"description":"\"Code relating to option in the options tree as shown on the webshop product page.\"","x-provenance":"documented","examples":["width"]},"value":{"type":["number","string","null"],"description":"\"Value of an option with an input option, like width or tunnel size.\" A number, a string (\"100\", the docs' example) or null. The specification's union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).","x-provenance":"documented","examples":[100,"100"]}}};
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-file.schema.json","title":"OrderFile","description":"A print file Probo downloads and preflights (closed, as in the specification, which requires no field of it). A `uri` containing \"reject\" makes the mock play `file-rejected` (invented).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"uri":{"type":"string","description":"\"Url to the print file, allowed file formats are .pdf, .jpg and .png.\"","x-provenance":"documented","examples":["http://test.com/printfile.pdf"]},"id":{"type":"integer","minimum":1,"description":"\"Id of the external file selected via a uploader-application\".","x-provenance":"documented"},"page":{"type":"integer","minimum":1,"description":"Default 1: the page of a multipage PDF to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front: the side to print the file on.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print the file (ignored with `pages`).","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Default 0: rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default false: fill the canvas when the image is smaller.","x-provenance":"documented"},"fill_even":{"type":"boolean","description":"Default false: fill proportionally.","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"Default none: how to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Default false: mirror the image.","x-provenance":"documented"},"pages":{"type":"array","description":"Per page of a multipage file: what to print.","x-provenance":"documented","items":{"title":"OrderFilePage","type":"object","additionalProperties":false,"required":["page"],"description":"One page of a multipage file.","x-provenance":"documented","properties":{"page":{"type":"integer","minimum":1,"description":"The page number to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print this page.","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default true (the file-level default is false).","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"How to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Mirror the page.","x-provenance":"documented"}}}}}};
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-uploader.schema.json","title":"OrderUploader","description":"An uploader session whose files a product uses, as `POST /products/uploader/create` answered it (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["id","external_id"],"properties":{"id":{"type":"integer","description":"The uploader session id.","x-provenance":"documented"},"external_id":{"type":"integer","description":"The session's external id (the uploader guide: \"You must store the ID and external_id\").","x-provenance":"documented"}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func1 = Object.prototype.hasOwnProperty;

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

