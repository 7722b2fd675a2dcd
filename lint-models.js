// Lints every model in bpmn/: the BPMN processes with bpmnlint and the Camunda 7.24 compatibility rules
// (.bpmnlintrc), the DMN decisions with dmnlint (.dmnlintrc).
const { readdirSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const linters = [
  { name: 'bpmnlint', extension: '.bpmn', cli: require.resolve('bpmnlint/bin/bpmnlint.js') },
  { name: 'dmnlint', extension: '.dmn', cli: require.resolve('dmnlint/bin/dmnlint.js') },
];

let failed = false;
for (const linter of linters) {
  const models = readdirSync('bpmn').filter((f) => f.endsWith(linter.extension)).map((f) => path.join('bpmn', f));
  if (models.length === 0) {
    console.log(`${linter.name}: no ${linter.extension} models in bpmn/`);
    continue;
  }
  const result = spawnSync(process.execPath, [linter.cli, ...models], { stdio: 'inherit' });
  if (result.status === 0) {
    console.log(`${linter.name}: ${models.length} models passed`);
  } else {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
