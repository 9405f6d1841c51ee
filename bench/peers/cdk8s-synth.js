'use strict';
// Peer 1: cdk8s synthesizing the bench objects to YAML, one file per object (as Infra's render mode writes them).
// Usage: node cdk8s-synth.js OBJECTS OUTDIR
const { App, Chart, ApiObject, YamlOutputType } = require('cdk8s');
const { unitObjects, unitsFor } = require('./objects');

const started = process.hrtime.bigint();
const objects = Number.parseInt(process.argv[2], 10);
const outdir = process.argv[3];
if (!Number.isInteger(objects) || objects < 1 || !outdir) {
  console.error('usage: node cdk8s-synth.js OBJECTS OUTDIR');
  process.exit(2);
}

const app = new App({ outdir, yamlOutputType: YamlOutputType.FILE_PER_RESOURCE });
const chart = new Chart(app, 'bench');
const services = [];
for (let unit = 0; unit < unitsFor(objects); unit++) {
  const { name, config, deployment, service } = unitObjects(unit);
  const configObject = new ApiObject(chart, `${name}-config`, config);
  if (unit > 0) {
    configObject.addDependency(services[Math.floor((unit - 1) / 2)]);
  }
  const deploymentObject = new ApiObject(chart, name, deployment);
  deploymentObject.addDependency(configObject);
  const serviceObject = new ApiObject(chart, `${name}-svc`, service);
  serviceObject.addDependency(deploymentObject);
  services.push(serviceObject);
}
app.synth();
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(`cdk8s objects=${services.length * 3} in_process_ms=${ms.toFixed(0)}`);
