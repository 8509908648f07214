// Validates CloudNativePG resources (a JSON array in the file given as argument) twice:
//  1. against the operator's CRD schemas, through the kubernetes-models classes (types, required fields, enums,
//     formats, patterns);
//  2. against the TypeScript types generated from the same CRDs, compiled with --strict: TypeScript refuses a
//     property an object literal's type does not declare, so a misspelt optional field fails here as it would
//     under `kubectl apply --validate=strict`.
// Prints one line per problem and exits 1 when there is any.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import * as cnpg from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1";

const here = dirname(fileURLToPath(import.meta.url));
const resources = JSON.parse(readFileSync(process.argv[2], "utf8"));
const problems = [];
const where = (r) => `${r.kind}/${r.metadata?.name}`;

for (const r of resources) {
  const Model = cnpg[r.kind];
  if (r.apiVersion !== "postgresql.cnpg.io/v1" || !Model) {
    problems.push(`${where(r)}: not a CloudNativePG v1 kind`);
    continue;
  }
  try {
    new Model(r).validate();
  } catch (e) {
    problems.push(`${where(r)}: ${e.message}`);
  }
}

// One TypeScript file: each resource as an object literal typed by its kind's interface.
const lines = [`import type * as cnpg from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1";`];
resources.forEach((r, i) => {
  if (cnpg[r.kind]) lines.push(`// ${where(r)}`, `export const r${i}: cnpg.I${r.kind} = ${JSON.stringify(r, null, 2)};`);
});
const dir = mkdtempSync(join(tmpdir(), "cnpg-"));
const file = join(dir, "resources.ts");
writeFileSync(file, lines.join("\n") + "\n");
const program = ts.createProgram([file], {
  strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022, skipLibCheck: true, typeRoots: [], baseUrl: here,
  paths: { "*": [join(here, "node_modules", "*")] },
});
for (const d of ts.getPreEmitDiagnostics(program)) {
  const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
  let at = "";
  if (d.file && d.start !== undefined) {
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    const source = d.file.text.split("\n");
    let k = line;
    while (k > 0 && !source[k].startsWith("// ")) k--;
    at = `${source[k].slice(3)} (line ${line + 1}): `;
  }
  problems.push(at + text);
}
problems.forEach((p) => console.log(p));
process.exit(problems.length ? 1 : 0);
