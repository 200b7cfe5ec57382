/* eslint-disable */
// Validator of https://probo-mock.dev/schemas/common/status.schema.json, generated from schemas/, do not edit.
// Run `npm run generate` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).
"use strict";
exports.validate = validate116;
const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://probo-mock.dev/schemas/common/status.schema.json","title":"ProboStatusName","description":"An order status as Probo pushes it. The changelog removed the `order_` prefix: `order_accepted` and the like are not current statuses. `canceled` has one \"l\".","x-provenance":"documented","type":"string","$comment":"The enum is generated from schemas/callbacks/ by `npm run generate`; the rest is hand-kept.","enum":["queued","accepted","not_accepted","in_production","logistics","shipment_created","shipment_scanned_by_carrier","shipment_in_transit","shipment_delayed","shipment_returned","shipment_exception","shipment_not_at_home","shipment_available_at_pickup_point","shipment_picked_up","shipment_delivered","canceled"]};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://probo-mock.dev/schemas/common/status.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate116.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((data === "queued") || (data === "accepted")) || (data === "not_accepted")) || (data === "in_production")) || (data === "logistics")) || (data === "shipment_created")) || (data === "shipment_scanned_by_carrier")) || (data === "shipment_in_transit")) || (data === "shipment_delayed")) || (data === "shipment_returned")) || (data === "shipment_exception")) || (data === "shipment_not_at_home")) || (data === "shipment_available_at_pickup_point")) || (data === "shipment_picked_up")) || (data === "shipment_delivered")) || (data === "canceled"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}
validate116.evaluated = {"dynamicProps":false,"dynamicItems":false};

