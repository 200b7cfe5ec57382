/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/scenario.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate117;
const schema157 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/scenario.schema.json","title":"Scenario","description":"A probo-mock scenario: the callback sequence the mock delivers for one order. The format is probo-mock's own; Probo publishes nothing like it.","x-provenance":"invented","type":"object","additionalProperties":false,"required":["name","description","steps"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors.","x-provenance":"invented"},"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64,"description":"The scenario's name, as given to `--scenario`, the `X-Probo-Mock-Scenario` header and `trigger`; kebab-case.","x-provenance":"invented","examples":["happy-path"]},"description":{"type":"string","minLength":1,"maxLength":200,"description":"One line saying what the scenario shows.","x-provenance":"invented"},"shuffle":{"type":"boolean","default":false,"description":"Deliver the steps in an order shuffled by the run's seed (never the written order), to test receivers against reordering.","x-provenance":"invented"},"steps":{"type":"array","minItems":1,"maxItems":200,"description":"The callbacks, in delivery order.","x-provenance":"invented","items":{"$ref":"#/$defs/step"}}},"$defs":{"step":{"title":"ScenarioStep","description":"One status change: a callback POSTed to every callback URL of the order. Either `status` (a body built for the order) or `raw` (an exact body text).","x-provenance":"invented","type":"object","additionalProperties":false,"anyOf":[{"required":["status"],"properties":{"status":true}},{"required":["raw"],"properties":{"raw":true}}],"dependentSchemas":{"raw":{"properties":{"status":false,"variant":false,"fileId":false,"packages":false,"patch":false}},"variant":{"required":["status"],"properties":{"status":{"const":"not_accepted"}}},"fileId":{"required":["variant"],"properties":{"variant":{"const":"file-rejected"}}}},"properties":{"status":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The status to send; the body is built for the order by the fake builders.","x-provenance":"invented"},"variant":{"type":"string","enum":["duplicate-order","file-rejected"],"description":"Which documented kind of `not_accepted` to send (only with `status: not_accepted`; default `file-rejected`).","x-provenance":"invented"},"fileId":{"type":"integer","minimum":1,"description":"The 1-based `file.id` of a file rejection; default 1, or the file whose URI asked for the rejection.","x-provenance":"invented"},"delay":{"type":"integer","minimum":0,"maximum":3600000,"description":"Milliseconds after the previous step; overrides the server's `--step-delay` for this step.","x-provenance":"invented"},"repeat":{"type":"integer","minimum":1,"maximum":20,"default":1,"description":"How many times the same bytes are delivered (2 or more = redelivery).","x-provenance":"invented"},"packages":{"type":"integer","minimum":1,"maximum":20,"description":"How many shipped packages a shipment status carries (default 1).","x-provenance":"invented"},"patch":{"type":"object","description":"A JSON merge patch (RFC 7396) applied to the built body; `__proto__`, `constructor` and `prototype` keys are ignored.","x-provenance":"invented"},"raw":{"type":"string","minLength":1,"maxLength":1048576,"description":"An exact body text, sent as is (for malformed or legacy messages). `{{order.id}}`, `{{order.reference}}`, `{{order.supplier_order_number}}` and `{{order.status_page_url}}` are replaced by the order's values, JSON-string-escaped.","x-provenance":"invented"},"headers":{"type":"object","description":"Extra request headers for this step's deliveries.","x-provenance":"invented","propertyNames":{"pattern":"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},"additionalProperties":{"type":"string"}}}}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern43 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const schema158 = {"title":"ScenarioStep","description":"One status change: a callback POSTed to every callback URL of the order. Either `status` (a body built for the order) or `raw` (an exact body text).","x-provenance":"invented","type":"object","additionalProperties":false,"anyOf":[{"required":["status"],"properties":{"status":true}},{"required":["raw"],"properties":{"raw":true}}],"dependentSchemas":{"raw":{"properties":{"status":false,"variant":false,"fileId":false,"packages":false,"patch":false}},"variant":{"required":["status"],"properties":{"status":{"const":"not_accepted"}}},"fileId":{"required":["variant"],"properties":{"variant":{"const":"file-rejected"}}}},"properties":{"status":{"$ref":"https://probo-mock.dev/schemas/common/status.schema.json","description":"The status to send; the body is built for the order by the fake builders.","x-provenance":"invented"},"variant":{"type":"string","enum":["duplicate-order","file-rejected"],"description":"Which documented kind of `not_accepted` to send (only with `status: not_accepted`; default `file-rejected`).","x-provenance":"invented"},"fileId":{"type":"integer","minimum":1,"description":"The 1-based `file.id` of a file rejection; default 1, or the file whose URI asked for the rejection.","x-provenance":"invented"},"delay":{"type":"integer","minimum":0,"maximum":3600000,"description":"Milliseconds after the previous step; overrides the server's `--step-delay` for this step.","x-provenance":"invented"},"repeat":{"type":"integer","minimum":1,"maximum":20,"default":1,"description":"How many times the same bytes are delivered (2 or more = redelivery).","x-provenance":"invented"},"packages":{"type":"integer","minimum":1,"maximum":20,"description":"How many shipped packages a shipment status carries (default 1).","x-provenance":"invented"},"patch":{"type":"object","description":"A JSON merge patch (RFC 7396) applied to the built body; `__proto__`, `constructor` and `prototype` keys are ignored.","x-provenance":"invented"},"raw":{"type":"string","minLength":1,"maxLength":1048576,"description":"An exact body text, sent as is (for malformed or legacy messages). `{{order.id}}`, `{{order.reference}}`, `{{order.supplier_order_number}}` and `{{order.status_page_url}}` are replaced by the order's values, JSON-string-escaped.","x-provenance":"invented"},"headers":{"type":"object","description":"Extra request headers for this step's deliveries.","x-provenance":"invented","propertyNames":{"pattern":"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},"additionalProperties":{"type":"string"}}}};
const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/status.schema.json","title":"ProboStatusName","description":"An order status as Probo pushes it. The changelog removed the `order_` prefix: `order_accepted` and the like are not current statuses. `canceled` has one \"l\".","x-provenance":"documented","type":"string","$comment":"The enum is generated from schemas/callbacks/ by `npm run generate`; the rest is hand-kept.","enum":["queued","accepted","not_accepted","in_production","logistics","shipment_created","shipment_scanned_by_carrier","shipment_in_transit","shipment_delayed","shipment_returned","shipment_exception","shipment_not_at_home","shipment_available_at_pickup_point","shipment_picked_up","shipment_delivered","canceled"]};
const func1 = Object.prototype.hasOwnProperty;
const pattern44 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate118.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
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
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.status = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.raw === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "raw"},message:"must have required property '"+"raw"+"'"};
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
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.raw = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema158.properties, key0))){
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
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((((((((((data0 === "queued") || (data0 === "accepted")) || (data0 === "not_accepted")) || (data0 === "in_production")) || (data0 === "logistics")) || (data0 === "shipment_created")) || (data0 === "shipment_scanned_by_carrier")) || (data0 === "shipment_in_transit")) || (data0 === "shipment_delayed")) || (data0 === "shipment_returned")) || (data0 === "shipment_exception")) || (data0 === "shipment_not_at_home")) || (data0 === "shipment_available_at_pickup_point")) || (data0 === "shipment_picked_up")) || (data0 === "shipment_delivered")) || (data0 === "canceled"))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://probo-mock.dev/schemas/common/status.schema.json/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.variant !== undefined){
let data1 = data.variant;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data1 === "duplicate-order") || (data1 === "file-rejected"))){
const err7 = {instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/enum",keyword:"enum",params:{allowedValues: schema158.properties.variant.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fileId !== undefined){
let data2 = data.fileId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/fileId",schemaPath:"#/properties/fileId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/fileId",schemaPath:"#/properties/fileId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.delay !== undefined){
let data3 = data.delay;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 3600000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.repeat !== undefined){
let data4 = data.repeat;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 20 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.packages !== undefined){
let data5 = data.packages;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 20 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.patch !== undefined){
let data6 = data.patch;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err19 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.raw !== undefined){
let data7 = data.raw;
if(typeof data7 === "string"){
if(func2(data7) > 1048576){
const err20 = {instancePath:instancePath+"/raw",schemaPath:"#/properties/raw/maxLength",keyword:"maxLength",params:{limit: 1048576},message:"must NOT have more than 1048576 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/raw",schemaPath:"#/properties/raw/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err22 = {instancePath:instancePath+"/raw",schemaPath:"#/properties/raw/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.headers !== undefined){
let data8 = data.headers;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const _errs36 = errors;
if(typeof key1 === "string"){
if(!pattern44.test(key1)){
const err23 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid3 = _errs36 === errors;
if(!valid3){
const err24 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key2 in data8){
if(typeof data8[key2] !== "string"){
const err25 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.raw !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
const err27 = {instancePath:instancePath+"/status",schemaPath:"#/dependentSchemas/raw/properties/status/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.variant !== undefined){
const err28 = {instancePath:instancePath+"/variant",schemaPath:"#/dependentSchemas/raw/properties/variant/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.fileId !== undefined){
const err29 = {instancePath:instancePath+"/fileId",schemaPath:"#/dependentSchemas/raw/properties/fileId/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.packages !== undefined){
const err30 = {instancePath:instancePath+"/packages",schemaPath:"#/dependentSchemas/raw/properties/packages/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.patch !== undefined){
const err31 = {instancePath:instancePath+"/patch",schemaPath:"#/dependentSchemas/raw/properties/patch/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.variant !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err32 = {instancePath,schemaPath:"#/dependentSchemas/variant/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.status !== undefined){
if("not_accepted" !== data.status){
const err33 = {instancePath:instancePath+"/status",schemaPath:"#/dependentSchemas/variant/properties/status/const",keyword:"const",params:{allowedValue: "not_accepted"},message:"must be equal to constant"};
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
}
if(data.fileId !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.variant === undefined){
const err34 = {instancePath,schemaPath:"#/dependentSchemas/fileId/required",keyword:"required",params:{missingProperty: "variant"},message:"must have required property '"+"variant"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.variant !== undefined){
if("file-rejected" !== data.variant){
const err35 = {instancePath:instancePath+"/variant",schemaPath:"#/dependentSchemas/fileId/properties/variant/const",keyword:"const",params:{allowedValue: "file-rejected"},message:"must be equal to constant"};
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
validate118.errors = vErrors;
return errors === 0;
}
validate118.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/scenario.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.steps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "name")) || (key0 === "description")) || (key0 === "shuffle")) || (key0 === "steps"))){
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
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern43.test(data1)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.shuffle !== undefined){
if(typeof data.shuffle !== "boolean"){
const err11 = {instancePath:instancePath+"/shuffle",schemaPath:"#/properties/shuffle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.steps !== undefined){
let data4 = data.steps;
if(Array.isArray(data4)){
if(data4.length > 200){
const err12 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate118(data4[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

