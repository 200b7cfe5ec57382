/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/delivery-price-figures.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate34;
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

