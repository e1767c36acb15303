// Offline schema check of rendered Kubernetes objects, run by check-manifests.sh.
//   node validate-k8s.cjs objects.json     (a JSON array of {"where": "...", "object": {...}})
// Two checks per object, both from the npm package kubernetes-models (the Kubernetes OpenAPI schema):
//  1. its JSON-schema validation: types, required fields, enums (a port given as a string, a
//     misspelt enum value, a missing selector, ...);
//  2. no unknown field anywhere: the schema above allows them, the API server (kubectl's default
//     --validate=strict) does not, so they are found here by walking the model's type declarations.
// Prints one line per problem and exits 1 if there is any.
"use strict";

const fs = require("fs");
const path = require("path");

const MODELS = path.dirname(require.resolve("kubernetes-models/package.json"));
const NODE_MODULES = path.dirname(MODELS);

// ---- type declarations (*.d.ts) -> {interface name: {field: type text}} ----
const parsed = new Map();

function parseDts(file) {
  if (parsed.has(file)) return parsed.get(file);
  const text = fs.readFileSync(file, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
  const imports = {};
  for (const m of text.matchAll(/import \{([^}]*)\} from "([^"]+)";/g)) {
    for (const name of m[1].split(",").map((s) => s.trim()).filter(Boolean)) {
      imports[name] = m[2];
    }
  }
  const interfaces = {};
  for (const m of text.matchAll(/export interface (\w+)(?: extends ([\w, ]+))? \{/g)) {
    const fields = {};
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    while (depth > 0) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}") depth--;
      i++;
    }
    const body = text.slice(start, i - 1);
    // Top-level members only: `"name"?: type;` where type may span lines (maps).
    let level = 0;
    let member = "";
    for (const ch of body) {
      if (ch === "{" || ch === "<") level++;
      if (ch === "}" || ch === ">") level--;
      if (ch === ";" && level === 0) {
        const mm = member.trim().match(/^"([^"]+)"\??:\s*([\s\S]+)$/);
        if (mm) fields[mm[1]] = mm[2].replace(/\s+/g, " ").trim();
        member = "";
      } else {
        member += ch;
      }
    }
    if (m[2] && m[2].split(",").map((s) => s.trim()).includes("TypeMeta")) {
      fields.apiVersion = fields.apiVersion || "string";
      fields.kind = fields.kind || "string";
    }
    interfaces[m[1]] = fields;
  }
  // `export { IProbe as IIoK8sApiCoreV1Probe, ... }`
  const aliases = {};
  for (const m of text.matchAll(/export \{([^}]*)\};/g)) {
    for (const part of m[1].split(",")) {
      const [from, to] = part.split(" as ").map((s) => s.trim());
      if (to) aliases[to] = from;
    }
  }
  const result = { file, imports, interfaces, aliases };
  parsed.set(file, result);
  return result;
}

function resolveImport(fromFile, spec) {
  const base = spec.startsWith(".") ? path.resolve(path.dirname(fromFile), spec) : path.join(NODE_MODULES, spec);
  return base + ".d.ts";
}

// A type text -> a descriptor: {kind: "object", file, iface} | {kind: "array", of} | {kind: "map", of} | {kind: "scalar"}
function describe(typeText, ctxFile) {
  const t = typeText.trim();
  let m;
  if ((m = t.match(/^Array<([\s\S]+)>$/))) return { kind: "array", of: describe(m[1], ctxFile) };
  if ((m = t.match(/^\{ \[key: string\]: ([\s\S]+?);? \}$/))) return { kind: "map", of: describe(m[1], ctxFile) };
  if (/^I\w+$/.test(t)) {
    const ctx = parseDts(ctxFile);
    if (ctx.interfaces[t]) return { kind: "object", file: ctxFile, iface: t };
    if (ctx.imports[t]) {
      const file = resolveImport(ctxFile, ctx.imports[t]);
      const target = parseDts(file);
      const iface = target.aliases[t] || t;
      if (target.interfaces[iface]) return { kind: "object", file, iface };
      return { kind: "scalar" }; // a type alias such as IntOrString or Quantity
    }
  }
  return { kind: "scalar" };
}

function walk(value, desc, where, problems) {
  if (value === null || value === undefined) return;
  if (desc.kind === "array" && Array.isArray(value)) {
    value.forEach((item, i) => walk(item, desc.of, `${where}[${i}]`, problems));
  } else if (desc.kind === "map" && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) walk(v, desc.of, `${where}.${k}`, problems);
  } else if (desc.kind === "object" && typeof value === "object" && !Array.isArray(value)) {
    const fields = parseDts(desc.file).interfaces[desc.iface];
    for (const [k, v] of Object.entries(value)) {
      if (!(k in fields)) {
        problems.push(`${where}.${k}: unknown field (${desc.iface.replace(/^I/, "")} has: ${Object.keys(fields).sort().join(", ")})`);
      } else {
        walk(v, describe(fields[k], desc.file), `${where}.${k}`, problems);
      }
    }
  }
}

// Custom resources the manifests use, with the published models of their CRDs.
const CRD_MODELS = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

function modelDir(apiVersion) {
  // "v1" -> v1/, "apps/v1" -> apps/v1/, "networking.k8s.io/v1" -> networking.k8s.io/v1/
  const crd = CRD_MODELS[apiVersion.split("/")[0]];
  if (crd) {
    return path.join(path.dirname(require.resolve(`${crd}/package.json`)), apiVersion);
  }
  return path.join(MODELS, apiVersion);
}

function main() {
  const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const problems = [];
  for (const { where, object } of input) {
    const { apiVersion, kind } = object;
    const name = `${where}: ${kind}/${(object.metadata || {}).name}`;
    const dts = path.join(modelDir(apiVersion || ""), `${kind}.d.ts`);
    if (!apiVersion || !kind || !fs.existsSync(dts)) {
      problems.push(`${name}: no Kubernetes schema for apiVersion ${apiVersion}, kind ${kind}`);
      continue;
    }
    const Model = require(path.join(modelDir(apiVersion), "index.js"))[kind];
    try {
      new Model(object).validate();
    } catch (e) {
      problems.push(`${name}: ${e.message}`);
    }
    const found = [];
    walk(object, { kind: "object", file: dts, iface: `I${kind}` }, "", found);
    for (const p of found) problems.push(`${name}: ${p.replace(/^\./, "")}`);
  }
  for (const p of problems) console.log(p);
  console.log(`schema: ${input.length} objects checked, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}

main();
