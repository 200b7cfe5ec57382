/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/price-figures.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate58;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/price-figures.schema.json","title":"PriceFigures","description":"Four prices: purchase and sales, without and with VAT (the four numbers flat, as in the spec's price example; the spec's schema nests them under `prices`, its example does not: the mock follows the example, which is what clients read).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat"],"properties":{"purchase_price":{"type":"number","description":"Purchasing price. Price is in the customer's currency.","x-provenance":"documented"},"purchase_price_incl_vat":{"type":"number","description":"Purchasing price including customer's VAT. Price is in the customer's currency.","x-provenance":"documented"},"sales_price":{"type":"number","description":"Customer's sale price based on customer's sales margin. Price is in the customer's currency.","x-provenance":"documented"},"sales_price_incl_vat":{"type":"number","description":"Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency.","x-provenance":"documented"}}};

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

