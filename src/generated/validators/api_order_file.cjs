/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/order-file.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate44;
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-file.schema.json","title":"OrderFile","description":"A print file Probo downloads and preflights (closed, as in the specification, which requires no field of it). A `uri` containing \"reject\" makes the mock play `file-rejected` (invented).","x-provenance":"documented","type":"object","additionalProperties":false,"properties":{"uri":{"type":"string","description":"\"Url to the print file, allowed file formats are .pdf, .jpg and .png.\"","x-provenance":"documented","examples":["http://test.com/printfile.pdf"]},"id":{"type":"integer","minimum":1,"description":"\"Id of the external file selected via a uploader-application\".","x-provenance":"documented"},"page":{"type":"integer","minimum":1,"description":"Default 1: the page of a multipage PDF to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front: the side to print the file on.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print the file (ignored with `pages`).","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Default 0: rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default false: fill the canvas when the image is smaller.","x-provenance":"documented"},"fill_even":{"type":"boolean","description":"Default false: fill proportionally.","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"Default none: how to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Default false: mirror the image.","x-provenance":"documented"},"pages":{"type":"array","description":"Per page of a multipage file: what to print.","x-provenance":"documented","items":{"title":"OrderFilePage","type":"object","additionalProperties":false,"required":["page"],"description":"One page of a multipage file.","x-provenance":"documented","properties":{"page":{"type":"integer","minimum":1,"description":"The page number to print.","x-provenance":"documented"},"side":{"enum":["front","back"],"description":"Default front.","x-provenance":"documented"},"amount":{"type":"integer","minimum":1,"description":"Default 1: how many times to print this page.","x-provenance":"documented"},"rotation":{"enum":[0,90,180,270],"description":"Rotation in degrees.","x-provenance":"documented"},"fill":{"type":"boolean","description":"Default true (the file-level default is false).","x-provenance":"documented"},"tiling":{"enum":["none","horizontal","vertical"],"description":"How to tile.","x-provenance":"documented"},"mirror":{"type":"boolean","description":"Mirror the page.","x-provenance":"documented"}}}}}};
const func1 = Object.prototype.hasOwnProperty;

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

