/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/uploader-callback.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate67;
const schema95 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/uploader-callback.schema.json","title":"UploaderCallback","description":"What an uploader session POSTs to its `callback_url`: `confirmed` when the person confirms the file, then `processed`. The statuses and the start of the body are documented (uploader guide, cut off in the stored copy); the rest, and the timing, are invented.","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","id","external_id","products"],"properties":{"status":{"type":"string","description":"confirmed, then processed.","x-provenance":"documented","enum":["confirmed","processed"]},"id":{"type":"integer","description":"Session id (invented field).","x-provenance":"invented"},"external_id":{"type":"integer","description":"Session external id (invented field).","x-provenance":"invented"},"products":{"type":"array","description":"The product of the session.","x-provenance":"documented","items":{"title":"UploadedProduct","type":"object","additionalProperties":false,"required":["id","front_side"],"description":"The uploaded files of one product.","x-provenance":"documented","properties":{"id":{"type":"integer","description":"Product id.","x-provenance":"documented"},"tiling_format":{"type":"string","description":"\"none\".","x-provenance":"documented"},"tiles_horizontal":{"type":"integer","description":"Tiles.","x-provenance":"documented"},"tiles_vertical":{"type":"integer","description":"Tiles.","x-provenance":"documented"},"tiles":{"type":"array","description":"Tiles.","x-provenance":"documented","items":{"type":"object"}},"front_side":{"type":"object","description":"The front side.","x-provenance":"documented","additionalProperties":false,"required":["file","warnings"],"properties":{"file":{"type":"object","description":"The file.","x-provenance":"documented","additionalProperties":false,"required":["status","file_name"],"properties":{"status":{"type":"string","description":"\"not_converted\" when confirmed, \"converted\" when processed (the second is invented).","x-provenance":"documented"},"preview_url":{"type":["string","null"],"description":"Preview.","x-provenance":"documented"},"preview_medium_url":{"type":["string","null"],"description":"Preview.","x-provenance":"documented"},"original_file_url":{"type":["string","null"],"description":"Original.","x-provenance":"documented"},"production_file_url":{"type":["string","null"],"description":"Production file (when processed).","x-provenance":"documented"},"file_name":{"type":"string","description":"File name.","x-provenance":"documented"},"original_file_hash":{"type":["string","null"],"description":"Hash.","x-provenance":"documented"},"size_in_bytes":{"type":"integer","description":"Size.","x-provenance":"documented"},"dpi":{"type":"integer","description":"DPI.","x-provenance":"documented"},"page":{"type":"integer","description":"Page.","x-provenance":"documented"},"is_booklet":{"type":"boolean","description":"Booklet.","x-provenance":"documented"}}},"warnings":{"type":"array","description":"Warnings, e.g. \"wrong_size\".","x-provenance":"documented","items":{"type":"string"}}}}}}}}};
const func1 = Object.prototype.hasOwnProperty;

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

