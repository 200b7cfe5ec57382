/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/shipping-methods-response.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate66;
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

