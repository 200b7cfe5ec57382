/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/apiproduct-response.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate24;
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

