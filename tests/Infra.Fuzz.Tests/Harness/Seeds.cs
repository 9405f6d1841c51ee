namespace Infra.Fuzz.Tests.Harness;

/// <summary>Valid inputs the mutations start from (the plan and the export come from a real run).</summary>
public static class Seeds
{
    public const string Rego = """
        package fuzz

        import rego.v1

        default allow := false

        names contains r.name if {
        	some r in input.resources
        	startswith(r.name, "thing")
        }

        deny contains msg if {
        	some r in input.resources
        	r.size > 10
        	msg := sprintf("%s is too big (%d)", [r.name, r.size])
        }

        allow if count(deny) == 0

        total := sum([r.size | some r in input.resources])

        labels := {k: v | some k, v in input.labels}

        all_small if {
        	every r in input.resources { r.size < 100 }
        }

        double(x) := y if y := x * 2

        doubled := [double(r.size) | some r in input.resources]
        """;

    public const string RegoInput = """{"resources":[{"name":"thing-1","size":3},{"name":"big","size":12}],"labels":{"a":"1","b":"2"}}""";

    public const string PolicyPackYaml = """
        name: fuzz-pack
        version: 1.0.0
        policies:
          - name: no-deletes
            package: fuzz.things
            enforcement: mandatory
            severity: high
            remediation: Keep the things.
        """;

    public const string PackRego = """
        package fuzz.things

        import rego.v1

        deny contains msg if {
        	some r in input.resources
        	r.kind == "delete"
        	msg := sprintf("%s would be deleted", [r.urn])
        }
        """;

    public const string CompositeResource = """
        apiVersion: example.crossplane.io/v1
        kind: XBucket
        metadata:
          name: my-bucket
        spec:
          region: us-east-2
          size: 3
          tags: [a, b]
        """;

    public const string Composition = """
        apiVersion: apiextensions.crossplane.io/v1
        kind: Composition
        metadata:
          name: xbuckets
        spec:
          compositeTypeRef:
            apiVersion: example.crossplane.io/v1
            kind: XBucket
          mode: Pipeline
          pipeline:
          - step: patch-and-transform
            functionRef:
              name: function-patch-and-transform
            input:
              apiVersion: pt.fn.crossplane.io/v1beta1
              kind: Resources
              resources:
              - name: bucket
                base:
                  apiVersion: s3.aws.upbound.io/v1beta1
                  kind: Bucket
                  spec:
                    forProvider:
                      region: us-east-1
                patches:
                - type: FromCompositeFieldPath
                  fromFieldPath: spec.region
                  toFieldPath: spec.forProvider.region
                - type: FromCompositeFieldPath
                  fromFieldPath: spec.size
                  toFieldPath: spec.forProvider.size
                  transforms:
                  - type: math
                    math:
                      type: Multiply
                      multiply: 2
                - type: ToCompositeFieldPath
                  fromFieldPath: metadata.name
                  toFieldPath: status.bucketName
        """;

    public const string Functions = """
        apiVersion: pkg.crossplane.io/v1beta1
        kind: Function
        metadata:
          name: function-patch-and-transform
        spec:
          package: xpkg.upbound.io/crossplane-contrib/function-patch-and-transform:v0.1.4
        """;
}
