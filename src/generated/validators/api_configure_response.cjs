/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/api/configure-response.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate29;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/configure-response.schema.json","title":"ConfigureResponse","description":"The answer of `POST /products/configure`. Follows the newer docs (configure-examples page): `status`, `code`, `message: \"Options calculated\"` on top, and `id` and `code` per product (the spec example has no status and names the product `api_code`). `selected_options` with ranges follow the spec example; `calculation_id` is given once every product can be ordered (the spec example has it; null otherwise is invented).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["status","code","message","products","calculation_id"],"properties":{"status":{"type":"string","description":"Always \"ok\".","x-provenance":"documented","const":"ok"},"code":{"type":"integer","description":"Always 200.","x-provenance":"documented","const":200},"message":{"type":"string","description":"\"Options calculated\".","x-provenance":"documented"},"products":{"type":"array","description":"One per product of the request.","x-provenance":"documented","items":{"title":"ConfiguredProduct","type":"object","additionalProperties":false,"description":"A product and how far it is configured.","x-provenance":"documented","required":["id","code","can_order","amount","width","height","length","available_options","selected_options"],"properties":{"id":{"type":"integer","description":"Product id from the request (assigned when not given).","x-provenance":"documented"},"code":{"type":"string","description":"Product code.","x-provenance":"documented"},"can_order":{"type":"boolean","description":"Whether the options given are a complete, orderable configuration.","x-provenance":"documented"},"amount":{"type":"number","description":"Chosen amount (0 when none).","x-provenance":"documented"},"width":{"type":"number","description":"Chosen width (0 when none).","x-provenance":"documented"},"height":{"type":"number","description":"Chosen height (0 when none).","x-provenance":"documented"},"length":{"type":"number","description":"Chosen length (0 when none).","x-provenance":"documented"},"available_options":{"type":"array","description":"Groups still to choose, with their children.","x-provenance":"documented","items":{"$ref":"#/$defs/available"}},"selected_options":{"type":"array","description":"The options chosen so far (and defaults taken).","x-provenance":"documented","items":{"title":"SelectedOption","type":"object","additionalProperties":false,"description":"An option of the configuration, as the configure example lists them.","x-provenance":"documented","required":["type_code","code","name","value"],"properties":{"type_code":{"type":"string","description":"Option type.","x-provenance":"documented"},"code":{"type":["string","null"],"description":"Option code.","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description.","x-provenance":"documented"},"value":{"type":["string","null"],"description":"Value of an input, as a string (spec example); null for a choice.","x-provenance":"documented"},"default_value":{"type":["number","string","null"],"description":"Default value.","x-provenance":"documented"},"min_value":{"type":["string","null"],"description":"Smallest value, two decimals as a string (\"0.00\", spec example).","x-provenance":"documented"},"max_value":{"type":["string","null"],"description":"Largest value, as a string.","x-provenance":"documented"},"step_size":{"type":["number","null"],"description":"Step.","x-provenance":"documented"},"scale":{"type":["integer","null"],"description":"Decimals.","x-provenance":"documented"},"reversible":{"type":["boolean","null"],"description":"Whether width and height may be swapped.","x-provenance":"documented"}}}}}}},"calculation_id":{"type":["integer","null"],"description":"Id of this calculation, for `POST /products/uploader/create` and the order (null until every product can be ordered; invented).","x-provenance":"documented"}},"$defs":{"available":{"title":"AvailableOption","type":"object","additionalProperties":false,"description":"A group still to choose: the next step of the configuration, with its children (docs configure-examples page: `name`, `label`, `code`, `can_order`, `amount`, `width`, `height`, `length`, `available`, `unit_code`, `price`, `children`). Groups come one step at a time in tree order, each once: the first group after the last one the request named (with the input groups that follow it, so `size` and `amount` come together, as Probo's configurator merges them into one step), and any required group left behind (invented rule; Probo's own configurator `ProboConnect/product-configurator` appends every group it is given as a new step).","x-provenance":"documented","required":["code","type_code","name","label","description","can_order","amount","width","height","length","available","required","unit_code","price","children"],"properties":{"code":{"type":"string","description":"Group code.","x-provenance":"documented"},"type_code":{"type":"string","description":"Group type (`parent`, `parent_size`, `parent_amount`; the docs example leaves it out, the spec's option tree has it).","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language.","x-provenance":"documented"},"label":{"type":["string","null"],"description":"A label to show beside the name (docs example: null).","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description (invented on groups; null when the catalog has none).","x-provenance":"invented"},"can_order":{"type":["boolean","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"amount":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"width":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"height":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"length":{"type":["number","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"available":{"type":"boolean","description":"Whether it can be chosen with the options given (changelog DEV-2292).","x-provenance":"documented"},"required":{"type":"boolean","description":"Whether it must be chosen to order (invented).","x-provenance":"invented"},"unit_code":{"type":["string","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"price":{"type":["object","null"],"description":"Null on a group (docs example).","x-provenance":"documented"},"children":{"type":"array","description":"The options of the group: inputs (width, height, amount) or choices (radio). Probo's configurator (`ProboConnect/product-configurator`) reads every field of each child.","x-provenance":"documented","items":{"$ref":"#/$defs/child"}}}},"child":{"title":"AvailableOptionChild","type":"object","additionalProperties":false,"description":"An option of a group: an input (width, height, amount…) or a choice. Probo's configurator (`ProboConnect/product-configurator`, `mapOptions`) reads, unguarded, `images.length` and `images[0].url`, `price[priceType]`, `unit_code`, `type_code`, `default_value`, `min_value`, `max_value`, `reversible`, `available`, `label`, `name`, `description`.","x-provenance":"documented","required":["code","type_code","name","label","description","value","default_value","min_value","max_value","step_size","scale","reversible","unit_code","available","images","price","children"],"properties":{"code":{"type":"string","description":"Option code (docs example).","x-provenance":"documented"},"type_code":{"type":"string","description":"Option type: `width`, `height`, `amount`, `number`, `decimal`, `radio`… (docs example; the configurator shows a number field for `number` and `decimal`).","x-provenance":"documented"},"name":{"type":["string","null"],"description":"Name in the answer language (docs example).","x-provenance":"documented"},"label":{"type":["string","null"],"description":"A short label (e.g. \"Bestseller\"); the configurator shows it as a red tag (docs example; read by `ProboConnect/product-configurator`).","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description (docs example).","x-provenance":"documented"},"value":{"type":["number","null"],"description":"Current value of an input: given, or its default (docs example).","x-provenance":"documented"},"default_value":{"type":["number","null"],"description":"Default value of an input (docs example).","x-provenance":"documented"},"min_value":{"type":["number","null"],"description":"Smallest value (docs example).","x-provenance":"documented"},"max_value":{"type":["number","null"],"description":"Largest value (docs example).","x-provenance":"documented"},"step_size":{"type":["number","null"],"description":"Step of an input (spec option tree).","x-provenance":"documented"},"scale":{"type":["integer","null"],"description":"Decimals of an input (spec option tree).","x-provenance":"documented"},"reversible":{"type":["boolean","null"],"description":"Whether width and height may be swapped (flat-tree-validation guide; read by `ProboConnect/product-configurator`).","x-provenance":"documented"},"unit_code":{"type":["string","null"],"description":"Unit of an input value: \"cm\" for width, height and length (the catalog's unit; invented value), null otherwise; the configurator shows it, or \"pc\" (observed: read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"available":{"type":"boolean","description":"Whether it can be chosen with the options given (changelog DEV-2292).","x-provenance":"documented"},"images":{"type":"array","description":"Pictures of the option: `[]` or `{url}` items from the catalog (observed: `ProboConnect/product-configurator` reads `images.length` on every child, unguarded, and then `images[0].url`).","x-provenance":"observed","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}},"price":{"oneOf":[{"$ref":"#/$defs/optionPrice"},{"type":"null"}],"description":"The option's surcharge by price type, or null when it adds nothing (observed: `ProboConnect/product-configurator` reads `price[priceType]` when it is set).","x-provenance":"observed"},"children":{"type":"array","description":"Always empty: groups below a choice come as their own step once it is chosen (invented).","x-provenance":"invented","maxItems":0,"items":{"type":"object","description":"None.","x-provenance":"invented"}}}},"optionPrice":{"title":"OptionPriceFigures","type":"object","additionalProperties":false,"description":"The surcharge of this option in every price type Probo's configurator (`ProboConnect/product-configurator`) can be set to: it reads `price[priceType]`, priceType one of purchase_price, sales_price, base_price, each also `_incl_vat` (observed). The figures are the catalog's surcharge for the configuration so far (per m² or meter times the size given, plus per piece; invented); `base_price` equals `purchase_price` (the mock grants no discounts; invented).","x-provenance":"observed","required":["purchase_price","purchase_price_incl_vat","sales_price","sales_price_incl_vat","base_price","base_price_incl_vat"],"properties":{"purchase_price":{"type":"number","description":"purchase price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"purchase_price_incl_vat":{"type":"number","description":"purchase price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"sales_price":{"type":"number","description":"sales price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"sales_price_incl_vat":{"type":"number","description":"sales price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"base_price":{"type":"number","description":"base price (read by `ProboConnect/product-configurator`).","x-provenance":"observed"},"base_price_incl_vat":{"type":"number","description":"base price incl vat (read by `ProboConnect/product-configurator`).","x-provenance":"observed"}}}}};
const func1 = Object.prototype.hasOwnProperty;
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

