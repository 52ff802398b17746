// Writes one CustomResourceDefinition (JSON) per kind from the openAPIV3Schema that a
// @kubernetes-models model file embeds as the JSON literal `const schema = {...};`.
// Usage: node peer-crds.js PACKAGE_DIR OUT_DIR Kind...
const fs = require("fs");
const path = require("path");
const [packageDir, outDir, ...kinds] = process.argv.slice(2);
const group = "monitoring.coreos.com";
for (const kind of kinds) {
  const source = fs.readFileSync(path.join(packageDir, group, "v1", kind + ".js"), "utf8");
  const start = source.indexOf("const schema = ");
  const end = source.indexOf("\n};\n", start);
  if (start < 0 || end < 0) {
    throw new Error(kind + ": no schema literal in the model file");
  }
  const schema = JSON.parse(source.slice(start + "const schema = ".length, end + 2));
  const plural = kind.toLowerCase() + "s";
  const crd = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: plural + "." + group },
    spec: {
      group,
      scope: "Namespaced",
      names: { kind, plural },
      versions: [{ name: "v1", served: true, storage: true, schema: { openAPIV3Schema: schema } }],
    },
  };
  fs.writeFileSync(path.join(outDir, plural + ".json"), JSON.stringify(crd, null, 1));
}
