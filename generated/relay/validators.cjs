// Generated from specs/openapi/relay.yaml (Ajv standalone) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
"use strict";
exports.teams__upsert = validate20;
const schema31 = {"type":"object","required":["token","team"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."},"team":{"type":"object"},"team_id":{"type":"string","description":"The team to update (multi-team tokens)."},"base_hash":{}},"$id":"teams__upsert"};
const pattern4 = new RegExp("^trc_ak_[A-Za-z0-9_-]{43}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="teams__upsert" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.token === undefined) && (missing0 = "token")) || ((data.team === undefined) && (missing0 = "team"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
let data0 = data.token;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
let data1 = data.team;
const _errs3 = errors;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
validate20.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team_id !== undefined){
const _errs5 = errors;
if(typeof data.team_id !== "string"){
validate20.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"token":true,"team":true,"team_id":true,"base_hash":true},"dynamicProps":false,"dynamicItems":false};

exports.teams__join = validate21;
const schema32 = {"type":"object","required":["invite_code","token"],"properties":{"invite_code":{"type":"string"},"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."}},"$id":"teams__join"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="teams__join" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.invite_code === undefined) && (missing0 = "invite_code")) || ((data.token === undefined) && (missing0 = "token"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.invite_code !== undefined){
const _errs1 = errors;
if(typeof data.invite_code !== "string"){
validate21.errors = [{instancePath:instancePath+"/invite_code",schemaPath:"#/properties/invite_code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data1 = data.token;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate21.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"invite_code":true,"token":true},"dynamicProps":false,"dynamicItems":false};

exports.teams__preview = validate22;
const schema33 = {"type":"object","required":["invite_code","token"],"properties":{"invite_code":{"type":"string"},"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."}},"$id":"teams__preview"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="teams__preview" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.invite_code === undefined) && (missing0 = "invite_code")) || ((data.token === undefined) && (missing0 = "token"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.invite_code !== undefined){
const _errs1 = errors;
if(typeof data.invite_code !== "string"){
validate22.errors = [{instancePath:instancePath+"/invite_code",schemaPath:"#/properties/invite_code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data1 = data.token;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate22.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"invite_code":true,"token":true},"dynamicProps":false,"dynamicItems":false};

exports.teams__invite = validate23;
const schema34 = {"type":"object","required":["token"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."},"ttl_hours":{},"team_id":{"type":"string"}},"$id":"teams__invite"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="teams__invite" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token === undefined) && (missing0 = "token")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
let data0 = data.token;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate23.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team_id !== undefined){
const _errs3 = errors;
if(typeof data.team_id !== "string"){
validate23.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"token":true,"ttl_hours":true,"team_id":true},"dynamicProps":false,"dynamicItems":false};

exports.teams__visibility = validate24;
const schema35 = {"type":"object","required":["token","visibility"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."},"visibility":{},"team_id":{"type":"string"}},"$id":"teams__visibility"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="teams__visibility" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.token === undefined) && (missing0 = "token")) || ((data.visibility === undefined) && (missing0 = "visibility"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
let data0 = data.token;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate24.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team_id !== undefined){
const _errs3 = errors;
if(typeof data.team_id !== "string"){
validate24.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"token":true,"visibility":true,"team_id":true},"dynamicProps":false,"dynamicItems":false};

exports.teams__claim = validate25;
const schema36 = {"type":"object","required":["token","claim_secret"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."},"claim_secret":{"type":"string"},"team_id":{"type":"string"}},"$id":"teams__claim"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="teams__claim" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.token === undefined) && (missing0 = "token")) || ((data.claim_secret === undefined) && (missing0 = "claim_secret"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
let data0 = data.token;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate25.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.claim_secret !== undefined){
const _errs3 = errors;
if(typeof data.claim_secret !== "string"){
validate25.errors = [{instancePath:instancePath+"/claim_secret",schemaPath:"#/properties/claim_secret/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team_id !== undefined){
const _errs5 = errors;
if(typeof data.team_id !== "string"){
validate25.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"token":true,"claim_secret":true,"team_id":true},"dynamicProps":false,"dynamicItems":false};

exports.device__start = validate26;
const schema37 = {"type":"object","required":["token"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."}},"$id":"device__start"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="device__start" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token === undefined) && (missing0 = "token")){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
let data0 = data.token;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate26.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"token":true},"dynamicProps":false,"dynamicItems":false};

exports.device__confirm = validate27;
const schema38 = {"type":"object","required":["user_code"],"properties":{"user_code":{"type":"string"}},"$id":"device__confirm"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="device__confirm" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.user_code === undefined) && (missing0 = "user_code")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.user_code !== undefined){
if(typeof data.user_code !== "string"){
validate27.errors = [{instancePath:instancePath+"/user_code",schemaPath:"#/properties/user_code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"user_code":true},"dynamicProps":false,"dynamicItems":false};

exports.account__reassociate = validate28;
const schema39 = {"type":"object","required":["token","new_token"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key."},"new_token":{"type":"string"}},"$id":"account__reassociate"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="account__reassociate" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.token === undefined) && (missing0 = "token")) || ((data.new_token === undefined) && (missing0 = "new_token"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
let data0 = data.token;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate28.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.new_token !== undefined){
const _errs3 = errors;
if(typeof data.new_token !== "string"){
validate28.errors = [{instancePath:instancePath+"/new_token",schemaPath:"#/properties/new_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"token":true,"new_token":true},"dynamicProps":false,"dynamicItems":false};

exports.test__setup = validate29;
const schema40 = {"type":"object","required":["action"],"properties":{"action":{"type":"string"}},"$id":"test__setup"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="test__setup" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.action === undefined) && (missing0 = "action")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.action !== undefined){
if(typeof data.action !== "string"){
validate29.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"action":true},"dynamicProps":false,"dynamicItems":false};

