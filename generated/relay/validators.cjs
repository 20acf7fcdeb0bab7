// Generated from specs/openapi/relay.yaml (Ajv standalone) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
"use strict";
exports.teams__upsert = validate20;
const schema31 = {"type":"object","required":["token","team"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true},"team":{"type":"object","propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true}},"team_id":{"type":"string","description":"The team to update (multi-team tokens).","x-storable-text":true},"base_hash":{"x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"teams__upsert"};
const func1 = function unstorable(v){if(typeof v==="string")return/[\u0000\uD800-\uDFFF]/u.test(v);if(Array.isArray(v))return v.some(unstorable);if(v!==null&&typeof v==="object")return Object.keys(v).some(k=>unstorable(k)||unstorable(v[k]));return false};
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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!((((key1 === "token") || (key1 === "team")) || (key1 === "team_id")) || (key1 === "base_hash"))){
const _errs3 = errors;
if(func1(data[key1])){
validate20.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.token !== undefined){
let data1 = data.token;
const _errs4 = errors;
if(func1(data1)){
validate20.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate20.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.team !== undefined){
let data2 = data.team;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
const _errs8 = errors;
if(func1(key2)){
const err2 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs8 === errors;
if(!valid3){
const err3 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid3){
for(const key3 in data2){
const _errs10 = errors;
if(func1(data2[key3])){
validate20.errors = [{instancePath:instancePath+"/team/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/team/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid4 = _errs10 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.team_id !== undefined){
let data4 = data.team_id;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate20.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data4)){
validate20.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.base_hash !== undefined){
const _errs13 = errors;
if(func1(data.base_hash)){
validate20.errors = [{instancePath:instancePath+"/base_hash",schemaPath:"#/properties/base_hash/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.teams__join = validate21;
const schema32 = {"type":"object","required":["invite_code","token"],"properties":{"invite_code":{"type":"string","x-storable-text":true},"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"teams__join"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate21.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!((key1 === "invite_code") || (key1 === "token"))){
const _errs3 = errors;
if(func1(data[key1])){
validate21.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.invite_code !== undefined){
let data1 = data.invite_code;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate21.errors = [{instancePath:instancePath+"/invite_code",schemaPath:"#/properties/invite_code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data1)){
validate21.errors = [{instancePath:instancePath+"/invite_code",schemaPath:"#/properties/invite_code/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.token !== undefined){
let data2 = data.token;
const _errs6 = errors;
if(func1(data2)){
validate21.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate21.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
}
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
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.teams__preview = validate22;
const schema33 = {"type":"object","required":["invite_code","token"],"properties":{"invite_code":{"type":"string","x-storable-text":true},"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"teams__preview"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate22.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!((key1 === "invite_code") || (key1 === "token"))){
const _errs3 = errors;
if(func1(data[key1])){
validate22.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.invite_code !== undefined){
let data1 = data.invite_code;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate22.errors = [{instancePath:instancePath+"/invite_code",schemaPath:"#/properties/invite_code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data1)){
validate22.errors = [{instancePath:instancePath+"/invite_code",schemaPath:"#/properties/invite_code/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.token !== undefined){
let data2 = data.token;
const _errs6 = errors;
if(func1(data2)){
validate22.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate22.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
}
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
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.teams__invite = validate23;
const schema34 = {"type":"object","required":["token"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true},"ttl_hours":{"x-storable-text":true},"team_id":{"type":"string","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"teams__invite"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate23.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!(((key1 === "token") || (key1 === "ttl_hours")) || (key1 === "team_id"))){
const _errs3 = errors;
if(func1(data[key1])){
validate23.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.token !== undefined){
let data1 = data.token;
const _errs4 = errors;
if(func1(data1)){
validate23.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate23.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.ttl_hours !== undefined){
const _errs6 = errors;
if(func1(data.ttl_hours)){
validate23.errors = [{instancePath:instancePath+"/ttl_hours",schemaPath:"#/properties/ttl_hours/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.team_id !== undefined){
let data3 = data.team_id;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate23.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data3)){
validate23.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
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
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.teams__visibility = validate24;
const schema35 = {"type":"object","required":["token","visibility"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true},"visibility":{"x-storable-text":true},"team_id":{"type":"string","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"teams__visibility"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate24.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!(((key1 === "token") || (key1 === "visibility")) || (key1 === "team_id"))){
const _errs3 = errors;
if(func1(data[key1])){
validate24.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.token !== undefined){
let data1 = data.token;
const _errs4 = errors;
if(func1(data1)){
validate24.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate24.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.visibility !== undefined){
const _errs6 = errors;
if(func1(data.visibility)){
validate24.errors = [{instancePath:instancePath+"/visibility",schemaPath:"#/properties/visibility/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.team_id !== undefined){
let data3 = data.team_id;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate24.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data3)){
validate24.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
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
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.teams__claim = validate25;
const schema36 = {"type":"object","required":["token","claim_secret"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true},"claim_secret":{"type":"string","x-storable-text":true},"team_id":{"type":"string","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"teams__claim"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate25.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!(((key1 === "token") || (key1 === "claim_secret")) || (key1 === "team_id"))){
const _errs3 = errors;
if(func1(data[key1])){
validate25.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.token !== undefined){
let data1 = data.token;
const _errs4 = errors;
if(func1(data1)){
validate25.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate25.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.claim_secret !== undefined){
let data2 = data.claim_secret;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate25.errors = [{instancePath:instancePath+"/claim_secret",schemaPath:"#/properties/claim_secret/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data2)){
validate25.errors = [{instancePath:instancePath+"/claim_secret",schemaPath:"#/properties/claim_secret/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.team_id !== undefined){
let data3 = data.team_id;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate25.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data3)){
validate25.errors = [{instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
}
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
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.device__start = validate26;
const schema37 = {"type":"object","required":["token"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"device__start"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate26.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!(key1 === "token")){
const _errs3 = errors;
if(func1(data[key1])){
validate26.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.token !== undefined){
let data1 = data.token;
const _errs4 = errors;
if(func1(data1)){
validate26.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
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
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.device__confirm = validate27;
const schema38 = {"type":"object","required":["user_code"],"properties":{"user_code":{"type":"string","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"device__confirm"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate27.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!(key1 === "user_code")){
const _errs3 = errors;
if(func1(data[key1])){
validate27.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.user_code !== undefined){
let data1 = data.user_code;
if(typeof data1 !== "string"){
validate27.errors = [{instancePath:instancePath+"/user_code",schemaPath:"#/properties/user_code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data1)){
validate27.errors = [{instancePath:instancePath+"/user_code",schemaPath:"#/properties/user_code/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
}
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
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.account__reassociate = validate28;
const schema39 = {"type":"object","required":["token","new_token"],"properties":{"token":{"type":"string","pattern":"^trc_ak_[A-Za-z0-9_-]{43}$","description":"Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key.","x-storable-text":true},"new_token":{"type":"string","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"account__reassociate"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate28.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!((key1 === "token") || (key1 === "new_token"))){
const _errs3 = errors;
if(func1(data[key1])){
validate28.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.token !== undefined){
let data1 = data.token;
const _errs4 = errors;
if(func1(data1)){
validate28.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate28.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^trc_ak_[A-Za-z0-9_-]{43}$"},message:"must match pattern \""+"^trc_ak_[A-Za-z0-9_-]{43}$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.new_token !== undefined){
let data2 = data.new_token;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate28.errors = [{instancePath:instancePath+"/new_token",schemaPath:"#/properties/new_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data2)){
validate28.errors = [{instancePath:instancePath+"/new_token",schemaPath:"#/properties/new_token/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
}
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
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.test__setup = validate29;
const schema40 = {"type":"object","required":["action"],"properties":{"action":{"type":"string","x-storable-text":true}},"propertyNames":{"x-storable-text":true},"additionalProperties":{"x-storable-text":true},"$id":"test__setup"};

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
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate29.errors = vErrors;
return false;
break;
}
}
if(valid0){
const _errs2 = errors;
for(const key1 in data){
if(!(key1 === "action")){
const _errs3 = errors;
if(func1(data[key1])){
validate29.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
if(_errs2 === errors){
if(data.action !== undefined){
let data1 = data.action;
if(typeof data1 !== "string"){
validate29.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data1)){
validate29.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
}
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
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.relay__params = validate30;
const schema41 = {"type":"object","additionalProperties":{"type":"string","x-storable-text":true},"propertyNames":{"x-storable-text":true},"$id":"relay__params"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="relay__params" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(func1(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate30.errors = vErrors;
return false;
break;
}
}
if(valid0){
for(const key1 in data){
let data0 = data[key1];
const _errs3 = errors;
if(typeof data0 !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(func1(data0)){
validate30.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/x-storable-text",keyword:"x-storable-text",params:{},message:"must not contain NUL characters or unpaired surrogates"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

