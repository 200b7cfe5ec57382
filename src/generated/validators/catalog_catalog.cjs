/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/catalog/catalog.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate106;
const schema146 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/catalog/catalog.schema.json","title":"Catalog","description":"The mock's product catalog file (`fixtures/catalog/catalog.json`, or your own with `serve --catalog FILE`): Probo-like products with option trees, composed API products and shipping methods. The file format is the mock's own (invented); the fields it holds mirror what Probo's product, configure, price and shipping answers show (documented). Prices are invented: Probo's are per reseller and not public.","x-provenance":"invented","type":"object","additionalProperties":false,"required":["products","api_products","shipping_methods","production"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors.","x-provenance":"invented"},"vat_rate":{"type":"number","description":"VAT rate on purchase and sales prices (default 0.21, the Dutch rate; invented).","x-provenance":"invented","minimum":0,"maximum":1},"margin":{"type":"number","description":"The reseller's sales margin on the purchase price (default 0.5; invented).","x-provenance":"invented","minimum":0},"products":{"type":"array","description":"The Probo products (`GET /products`).","x-provenance":"invented","minItems":1,"items":{"$ref":"#/$defs/product"}},"api_products":{"type":"array","description":"Composed API products: a product with its options fixed, ordered by `customer_code`.","x-provenance":"invented","items":{"$ref":"#/$defs/apiProduct"}},"shipping_methods":{"type":"array","description":"Shipping methods (`GET /shipping/methods`), carriers and pickup points.","x-provenance":"invented","minItems":1,"items":{"$ref":"#/$defs/shippingMethod"}},"production":{"type":"array","description":"Delivery options of `/price`: production hours and their surcharge.","x-provenance":"invented","minItems":1,"items":{"$ref":"#/$defs/production"}}},"$defs":{"product":{"title":"CatalogProduct","type":"object","additionalProperties":false,"description":"One Probo product and its option tree.","x-provenance":"invented","required":["code","article_group_name","unit_code","translations","base_price","options"],"properties":{"code":{"type":"string","description":"API code of the Probo product, e.g. \"banner-510\".","x-provenance":"documented","pattern":"^[a-z0-9][a-z0-9_-]+$"},"article_group_name":{"type":"string","description":"The group name of the product (e.g. \"Doek\").","x-provenance":"documented"},"unit_code":{"type":"integer","description":"Unit of ordering: 1 square meter, 2 length meter, 3 per piece (api-userguide).","x-provenance":"documented","enum":[1,2,3]},"active":{"type":"boolean","description":"If not active it cannot be ordered (default true).","x-provenance":"documented"},"active_to":{"type":["string","null"],"description":"Date after which the product is no longer active.","x-provenance":"documented"},"replaced_by_product":{"type":["string","null"],"description":"The product that replaces this one.","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"ProductText","type":"object","additionalProperties":false,"required":["title"],"description":"The product texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Product title.","x-provenance":"documented"},"description":{"type":"string","description":"Product description.","x-provenance":"documented"}}}},"base_price":{"type":"number","description":"Purchase price per unit (per m², per meter or per piece; invented).","x-provenance":"invented","minimum":0},"minimum_price":{"type":"number","description":"Lowest purchase price of one product (invented).","x-provenance":"invented","minimum":0},"created_at":{"type":"string","description":"When the product was created, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"updated_at":{"type":"string","description":"When the product last changed, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"options":{"type":"array","description":"The option tree: groups (`is_parent`) whose children are inputs or mutually exclusive choices.","x-provenance":"documented","minItems":1,"items":{"$ref":"#/$defs/option"}},"images":{"type":"array","minItems":1,"description":"Pictures of the product (product detail answers; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}}}},"option":{"title":"CatalogOption","type":"object","additionalProperties":false,"description":"A node of an option tree: a group, an input (width, height, amount…) or a choice (radio).","x-provenance":"documented","required":["code","type_code","translations"],"properties":{"code":{"type":"string","description":"Option code, unique within the product; a group may share its code with its own input (the `amount` group and its `amount`, as Probo's configurator expects).","x-provenance":"documented","minLength":2},"type_code":{"type":"string","description":"The type of the option (a subset of the documented list).","x-provenance":"documented","enum":["parent","parent_size","parent_amount","radio","width","height","length","amount","number","decimal","text"]},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"OptionText","type":"object","additionalProperties":false,"required":["name"],"description":"The option texts of one language.","x-provenance":"documented","properties":{"name":{"type":"string","description":"Option name.","x-provenance":"documented"},"description":{"type":"string","description":"Option description.","x-provenance":"documented"}}}},"required":{"type":"boolean","description":"For a group: one of its choices (or its inputs) must be given to order (default true; invented).","x-provenance":"invented"},"min_value":{"type":"number","description":"Smallest value of an input.","x-provenance":"documented"},"max_value":{"type":"number","description":"Largest value of an input.","x-provenance":"documented"},"step_size":{"type":"number","description":"Values of an input are min_value plus a whole number of steps.","x-provenance":"documented","exclusiveMinimum":0},"default_value":{"type":"number","description":"Value of an input when none is given.","x-provenance":"documented"},"scale":{"type":"integer","description":"Decimals of an input value.","x-provenance":"documented"},"price":{"type":"number","description":"Surcharge of a choice per unit (per m², meter or piece; invented).","x-provenance":"invented"},"price_per_piece":{"type":"number","description":"Surcharge of a choice per product (invented).","x-provenance":"invented"},"reversible":{"type":"boolean","description":"Whether width and height may be swapped.","x-provenance":"documented"},"disabled_for_options":{"type":"array","description":"Option codes that exclude this one (flat-tree-validation guide).","x-provenance":"documented","items":{"type":"string"}},"children":{"type":"array","description":"The options below this one.","x-provenance":"documented","items":{"$ref":"#/$defs/option"}},"images":{"type":"array","description":"Pictures of the option (configure answers list them; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}},"label":{"type":"string","description":"A short label shown beside the option, e.g. \"Bestseller\" (configure answers, docs example).","x-provenance":"documented"}}},"apiProduct":{"title":"CatalogApiProduct","type":"object","additionalProperties":false,"description":"A composed API product: a Probo product with its options chosen, ordered by `customer_code`.","x-provenance":"documented","required":["customer_code","code","title","options"],"properties":{"customer_code":{"type":"string","description":"Code of the API product saved in the reseller's account.","x-provenance":"documented","minLength":2},"code":{"type":"string","description":"The Probo product it is composed of.","x-provenance":"documented"},"title":{"type":"string","description":"Title of the API product.","x-provenance":"documented"},"description":{"type":["string","null"],"description":"Description of the API product.","x-provenance":"documented"},"options":{"type":"array","description":"The chosen options, as in an order.","x-provenance":"documented","items":{"$ref":"https://probo-mock.dev/schemas/api/order-option.schema.json","description":"A chosen option.","x-provenance":"documented"}},"created_at":{"type":"string","description":"When it was composed.","x-provenance":"documented"},"updated_at":{"type":"string","description":"When it last changed.","x-provenance":"documented"}}},"shippingMethod":{"title":"CatalogShippingMethod","type":"object","additionalProperties":false,"description":"A shipping method: a carrier service or a pickup point.","x-provenance":"documented","required":["code","carrier_code","type","transit_days","price","translations"],"properties":{"code":{"type":["string","null"],"description":"Shipping method code, e.g. \"dhl-standard\" (null in the published pickup example).","x-provenance":"documented"},"carrier_code":{"type":"string","description":"The carrier, e.g. \"DHL\".","x-provenance":"documented"},"type":{"type":"string","description":"Kind of method: shipment or pickup.","x-provenance":"documented","enum":["shipment","pickup"]},"icon":{"type":"string","description":"URL of the method icon.","x-provenance":"documented"},"requires_email":{"type":"boolean","description":"Whether the address needs an email.","x-provenance":"documented"},"requires_phone":{"type":"boolean","description":"Whether the address needs a phone number.","x-provenance":"documented"},"transit_days":{"type":"integer","description":"Days between shipping and delivery.","x-provenance":"documented","minimum":0},"price":{"type":"number","description":"Purchase price of the shipment (invented).","x-provenance":"invented","minimum":0},"countries":{"type":"array","description":"Countries it delivers to (invented; absent: all).","x-provenance":"invented","items":{"type":"string","minLength":2,"maxLength":2}},"translations":{"type":"object","description":"Texts per language.","x-provenance":"documented","additionalProperties":{"title":"ShippingMethodText","type":"object","additionalProperties":false,"required":["title"],"description":"The texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Title.","x-provenance":"documented"},"description":{"type":"string","description":"Description.","x-provenance":"documented"},"short_description":{"type":"string","description":"Short description.","x-provenance":"documented"}}}}}},"production":{"title":"CatalogProduction","type":"object","additionalProperties":false,"description":"One delivery option of `/price`.","x-provenance":"invented","required":["production_hours","surcharge"],"properties":{"production_hours":{"type":"integer","description":"Hours of production (documented values: 24, 48, …).","x-provenance":"documented","minimum":1},"surcharge":{"type":"number","description":"Fraction added to the purchase price for this speed (invented).","x-provenance":"invented","minimum":0}}}}};
const schema151 = {"title":"CatalogShippingMethod","type":"object","additionalProperties":false,"description":"A shipping method: a carrier service or a pickup point.","x-provenance":"documented","required":["code","carrier_code","type","transit_days","price","translations"],"properties":{"code":{"type":["string","null"],"description":"Shipping method code, e.g. \"dhl-standard\" (null in the published pickup example).","x-provenance":"documented"},"carrier_code":{"type":"string","description":"The carrier, e.g. \"DHL\".","x-provenance":"documented"},"type":{"type":"string","description":"Kind of method: shipment or pickup.","x-provenance":"documented","enum":["shipment","pickup"]},"icon":{"type":"string","description":"URL of the method icon.","x-provenance":"documented"},"requires_email":{"type":"boolean","description":"Whether the address needs an email.","x-provenance":"documented"},"requires_phone":{"type":"boolean","description":"Whether the address needs a phone number.","x-provenance":"documented"},"transit_days":{"type":"integer","description":"Days between shipping and delivery.","x-provenance":"documented","minimum":0},"price":{"type":"number","description":"Purchase price of the shipment (invented).","x-provenance":"invented","minimum":0},"countries":{"type":"array","description":"Countries it delivers to (invented; absent: all).","x-provenance":"invented","items":{"type":"string","minLength":2,"maxLength":2}},"translations":{"type":"object","description":"Texts per language.","x-provenance":"documented","additionalProperties":{"title":"ShippingMethodText","type":"object","additionalProperties":false,"required":["title"],"description":"The texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Title.","x-provenance":"documented"},"description":{"type":"string","description":"Description.","x-provenance":"documented"},"short_description":{"type":"string","description":"Short description.","x-provenance":"documented"}}}}}};
const schema152 = {"title":"CatalogProduction","type":"object","additionalProperties":false,"description":"One delivery option of `/price`.","x-provenance":"invented","required":["production_hours","surcharge"],"properties":{"production_hours":{"type":"integer","description":"Hours of production (documented values: 24, 48, …).","x-provenance":"documented","minimum":1},"surcharge":{"type":"number","description":"Fraction added to the purchase price for this speed (invented).","x-provenance":"invented","minimum":0}}};
const schema147 = {"title":"CatalogProduct","type":"object","additionalProperties":false,"description":"One Probo product and its option tree.","x-provenance":"invented","required":["code","article_group_name","unit_code","translations","base_price","options"],"properties":{"code":{"type":"string","description":"API code of the Probo product, e.g. \"banner-510\".","x-provenance":"documented","pattern":"^[a-z0-9][a-z0-9_-]+$"},"article_group_name":{"type":"string","description":"The group name of the product (e.g. \"Doek\").","x-provenance":"documented"},"unit_code":{"type":"integer","description":"Unit of ordering: 1 square meter, 2 length meter, 3 per piece (api-userguide).","x-provenance":"documented","enum":[1,2,3]},"active":{"type":"boolean","description":"If not active it cannot be ordered (default true).","x-provenance":"documented"},"active_to":{"type":["string","null"],"description":"Date after which the product is no longer active.","x-provenance":"documented"},"replaced_by_product":{"type":["string","null"],"description":"The product that replaces this one.","x-provenance":"documented"},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"ProductText","type":"object","additionalProperties":false,"required":["title"],"description":"The product texts of one language.","x-provenance":"documented","properties":{"title":{"type":"string","description":"Product title.","x-provenance":"documented"},"description":{"type":"string","description":"Product description.","x-provenance":"documented"}}}},"base_price":{"type":"number","description":"Purchase price per unit (per m², per meter or per piece; invented).","x-provenance":"invented","minimum":0},"minimum_price":{"type":"number","description":"Lowest purchase price of one product (invented).","x-provenance":"invented","minimum":0},"created_at":{"type":"string","description":"When the product was created, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"updated_at":{"type":"string","description":"When the product last changed, `YYYY-MM-DDTHH:MM:SS+0000`.","x-provenance":"documented"},"options":{"type":"array","description":"The option tree: groups (`is_parent`) whose children are inputs or mutually exclusive choices.","x-provenance":"documented","minItems":1,"items":{"$ref":"#/$defs/option"}},"images":{"type":"array","minItems":1,"description":"Pictures of the product (product detail answers; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}}}};
const func1 = Object.prototype.hasOwnProperty;
const pattern40 = new RegExp("^[a-z0-9][a-z0-9_-]+$", "u");
const schema148 = {"title":"CatalogOption","type":"object","additionalProperties":false,"description":"A node of an option tree: a group, an input (width, height, amount…) or a choice (radio).","x-provenance":"documented","required":["code","type_code","translations"],"properties":{"code":{"type":"string","description":"Option code, unique within the product; a group may share its code with its own input (the `amount` group and its `amount`, as Probo's configurator expects).","x-provenance":"documented","minLength":2},"type_code":{"type":"string","description":"The type of the option (a subset of the documented list).","x-provenance":"documented","enum":["parent","parent_size","parent_amount","radio","width","height","length","amount","number","decimal","text"]},"translations":{"type":"object","description":"Texts per language (ISO 639-1 code as key).","x-provenance":"documented","additionalProperties":{"title":"OptionText","type":"object","additionalProperties":false,"required":["name"],"description":"The option texts of one language.","x-provenance":"documented","properties":{"name":{"type":"string","description":"Option name.","x-provenance":"documented"},"description":{"type":"string","description":"Option description.","x-provenance":"documented"}}}},"required":{"type":"boolean","description":"For a group: one of its choices (or its inputs) must be given to order (default true; invented).","x-provenance":"invented"},"min_value":{"type":"number","description":"Smallest value of an input.","x-provenance":"documented"},"max_value":{"type":"number","description":"Largest value of an input.","x-provenance":"documented"},"step_size":{"type":"number","description":"Values of an input are min_value plus a whole number of steps.","x-provenance":"documented","exclusiveMinimum":0},"default_value":{"type":"number","description":"Value of an input when none is given.","x-provenance":"documented"},"scale":{"type":"integer","description":"Decimals of an input value.","x-provenance":"documented"},"price":{"type":"number","description":"Surcharge of a choice per unit (per m², meter or piece; invented).","x-provenance":"invented"},"price_per_piece":{"type":"number","description":"Surcharge of a choice per product (invented).","x-provenance":"invented"},"reversible":{"type":"boolean","description":"Whether width and height may be swapped.","x-provenance":"documented"},"disabled_for_options":{"type":"array","description":"Option codes that exclude this one (flat-tree-validation guide).","x-provenance":"documented","items":{"type":"string"}},"children":{"type":"array","description":"The options below this one.","x-provenance":"documented","items":{"$ref":"#/$defs/option"}},"images":{"type":"array","description":"Pictures of the option (configure answers list them; invented content).","x-provenance":"invented","items":{"type":"object","additionalProperties":false,"required":["url"],"description":"One picture.","x-provenance":"observed","properties":{"url":{"type":"string","description":"Picture URL.","x-provenance":"observed"}}}},"label":{"type":"string","description":"A short label shown beside the option, e.g. \"Bestseller\" (configure answers, docs example).","x-provenance":"documented"}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
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
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/api/order-option.schema.json","title":"OrderOption","description":"One product option: an option code and, for an input option, its value (closed, as in the specification).","x-provenance":"documented","type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","minLength":2,"description":"\"Code relating to option in the options tree as shown on the webshop product page.\"","x-provenance":"documented","examples":["width"]},"value":{"type":["number","string","null"],"description":"\"Value of an option with an input option, like width or tunnel size.\" A number, a string (\"100\", the docs' example) or null. The specification's union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).","x-provenance":"documented","examples":[100,"100"]}}};

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

