'use strict';
// The same Kubernetes objects as bench/Infra.Bench.Stack/UnitFactory.cs: per unit a ConfigMap, a Deployment that
// depends on it, and a Service that depends on the Deployment; unit i's ConfigMap depends on unit (i-1)/2's Service.

const NAMESPACE = 'bench';

function pad(i) {
  return String(i).padStart(5, '0');
}

function unitObjects(unit) {
  const name = `app-${pad(unit)}`;
  const labels = { 'app.kubernetes.io/name': name, 'bench.infra/tier': String(unit % 4) };
  const config = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${name}-config`, namespace: NAMESPACE, labels },
    data: {
      LOG_LEVEL: 'info',
      UPSTREAM: unit === 0 ? 'none' : `app-${pad(Math.floor((unit - 1) / 2))}.${NAMESPACE}.svc`,
      REVISION: 'r0',
    },
  };
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NAMESPACE, labels },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [{
            name: 'app',
            image: 'registry.example/bench/app:1.4.2',
            imagePullPolicy: 'IfNotPresent',
            ports: [{ containerPort: 8080, name: 'http' }],
            envFrom: [{ configMapRef: { name: `${name}-config` } }],
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
            securityContext: {
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
              privileged: false,
              capabilities: { drop: ['ALL'] },
            },
            readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
            livenessProbe: { httpGet: { path: '/live', port: 8080 } },
          }],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: NAMESPACE, labels },
    spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }] },
  };
  return { name, config, deployment, service };
}

function unitsFor(objects) {
  return Math.max(1, Math.floor(objects / 3));
}

module.exports = { unitObjects, unitsFor };
