'use strict';
// Peer 2: the Pulumi Node.js SDK registering the bench objects under its runtime mocks (no engine, no CLI).
// Usage: node pulumi-mocks.js OBJECTS
const pulumi = require('@pulumi/pulumi');
const { unitObjects, unitsFor } = require('./objects');

const started = process.hrtime.bigint();
const objects = Number.parseInt(process.argv[2], 10);
if (!Number.isInteger(objects) || objects < 1) {
  console.error('usage: node pulumi-mocks.js OBJECTS');
  process.exit(2);
}

pulumi.runtime.setMocks(
  {
    newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
    call: (args) => args.inputs,
  },
  'bench',
  'dev',
  false,
);

function register(type, name, manifest, dependsOn) {
  return new pulumi.CustomResource(type, name, manifest, { dependsOn });
}

const services = [];
const ids = [];
for (let unit = 0; unit < unitsFor(objects); unit++) {
  const { name, config, deployment, service } = unitObjects(unit);
  const configResource = register('kubernetes:core/v1:ConfigMap', `${name}-config`, config, unit > 0 ? [services[Math.floor((unit - 1) / 2)]] : []);
  const deploymentResource = register('kubernetes:apps/v1:Deployment', name, deployment, [configResource]);
  const serviceResource = register('kubernetes:core/v1:Service', `${name}-svc`, service, [deploymentResource]);
  services.push(serviceResource);
  ids.push(configResource.id, deploymentResource.id, serviceResource.id);
}

pulumi.all(ids).apply((resolved) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`pulumi-mocks resources=${resolved.length} in_process_ms=${ms.toFixed(0)}`);
});
