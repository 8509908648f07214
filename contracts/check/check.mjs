// The event contracts, checked as strictly as the HTTP ones (run by deploy/check's EventContractsTest):
//  1. every <service>/events/asyncapi.yaml given as argument parses with the official AsyncAPI parser, with no
//     error diagnostic (warnings are style rules: printed, not failed);
//  2. every example <service>/events/examples/<type>.json is valid against the payload schema of the message
//     named <type> in EVERY document that declares it: its producer's and each consumer's copy, so a consumer
//     expecting a field the producer does not send fails here;
//  3. every message a document defines in components.messages (what its service publishes) has an example.
// Prints one line per problem and exits 1 when there is any.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { Parser, fromFile, DiagnosticSeverity } from "@asyncapi/parser";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const parser = new Parser();
const problems = [];
const declared = new Map(); // message name -> [{ file, schema }]
const examples = []; // { file, type, value }
const published = []; // { file, name }

for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await fromFile(parser, file).parse();
  for (const d of diagnostics) {
    const line = `${file}: ${d.code} ${d.message} at ${JSON.stringify(d.path)}`;
    if (d.severity === DiagnosticSeverity.Error) problems.push(line);
  }
  if (!document) {
    problems.push(`${file}: not parsed`);
    continue;
  }
  for (const m of document.allMessages()) {
    const name = m.name();
    if (!name) {
      problems.push(`${file}: a message without a name`);
      continue;
    }
    if (!m.hasPayload()) {
      problems.push(`${file}: message ${name} has no payload`);
      continue;
    }
    if (!declared.has(name)) declared.set(name, []);
    declared.get(name).push({ file, schema: m.payload().json() });
  }
  // what the service publishes: the messages of its channels' subscribe operations (AsyncAPI 2: what others
  // may subscribe to); publish operations are what it consumes
  for (const channel of Object.values(document.json().channels ?? {})) {
    const message = channel.subscribe?.message;
    for (const m of message?.oneOf ?? (message ? [message] : [])) if (m.name) published.push({ file, name: m.name });
  }
  const dir = join(dirname(file), "examples");
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      examples.push({ file: join(dir, f), type: basename(f, ".json"), value: JSON.parse(readFileSync(join(dir, f), "utf8")) });
    }
  }
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const ex of examples) {
  // a declared name may be a pattern (programme-service reads every fr.assises.registration.*.v1 alike)
  const copies = [...declared].filter(([name]) => new RegExp("^" + name.split("*").map((p) => p.replace(/[.]/g, "\\.")).join("[^.]+") + "$").test(ex.type))
    .flatMap(([, c]) => c);
  if (!copies.length) problems.push(`${ex.file}: no document declares the message ${ex.type}`);
  for (const { file, schema } of copies) {
    const { $schema, ...plain } = schema; // the parser adds draft markers ajv does not need
    const validate = ajv.compile(plain);
    if (!validate(ex.value)) {
      for (const e of validate.errors) problems.push(`${ex.file} against ${file}: ${e.instancePath || "/"} ${e.message}`);
    }
  }
}
for (const p of published) {
  if (!examples.some((ex) => ex.type === p.name && dirname(dirname(ex.file)) === dirname(p.file))) {
    problems.push(`${p.file}: no example for ${p.name} in ${join(dirname(p.file), "examples")}`);
  }
}
console.log(`${process.argv.length - 2} documents, ${declared.size} messages, ${examples.length} examples`);
problems.forEach((p) => console.log(p));
process.exit(problems.length ? 1 : 0);
