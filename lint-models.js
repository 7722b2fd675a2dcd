// Lints every BPMN model in bpmn/ with bpmnlint and the Camunda 7.24 compatibility rules (.bpmnlintrc).
const { readdirSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const models = readdirSync('bpmn').filter((f) => f.endsWith('.bpmn')).map((f) => path.join('bpmn', f));
if (models.length === 0) {
  console.log('bpmnlint: no models in bpmn/');
  process.exit(0);
}
const cli = require.resolve('bpmnlint/bin/bpmnlint.js');
const result = spawnSync(process.execPath, [cli, ...models], { stdio: 'inherit' });
if (result.status === 0) {
  console.log(`bpmnlint: ${models.length} models passed`);
}
process.exit(result.status === null ? 1 : result.status);
