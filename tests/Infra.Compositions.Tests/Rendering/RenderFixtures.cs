namespace Infra.Compositions.Tests.Rendering;

internal static class RenderFixtures
{
    public const string Xr = """
        apiVersion: example.crossplane.io/v1
        kind: XR
        metadata:
          name: example-xr
        spec:
          location: US
        """;

    public const string Functions = """
        ---
        apiVersion: pkg.crossplane.io/v1
        kind: Function
        metadata:
          name: function-patch-and-transform
        spec:
          package: xpkg.upbound.io/crossplane-contrib/function-patch-and-transform:v0.1.4
        """;

    public static string Composition(string patches = """
              - type: FromCompositeFieldPath
                fromFieldPath: spec.location
                toFieldPath: spec.forProvider.region
                transforms:
                - type: map
                  map: {EU: eu-north-1, US: us-east-2}
        """) => Build(string.Join("\n", patches.Split('\n').Select(l => "  " + l)));

    private static string Build(string patches) => $$"""
        apiVersion: apiextensions.crossplane.io/v1
        kind: Composition
        metadata:
          name: function-patch-and-transform
        spec:
          compositeTypeRef:
            apiVersion: example.crossplane.io/v1
            kind: XR
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
                patches:
        {{patches}}
        """;

    public const string ExpectedOutput = """
        ---
        apiVersion: example.crossplane.io/v1
        kind: XR
        metadata:
          name: example-xr
        status:
          conditions:
          - lastTransitionTime: "2024-01-01T00:00:00Z"
            message: 'Unready resources: bucket'
            reason: Creating
            status: "False"
            type: Ready
        ---
        apiVersion: s3.aws.upbound.io/v1beta1
        kind: Bucket
        metadata:
          annotations:
            crossplane.io/composition-resource-name: bucket
          generateName: example-xr-
          labels:
            crossplane.io/composite: example-xr
          ownerReferences:
          - apiVersion: example.crossplane.io/v1
            blockOwnerDeletion: true
            controller: true
            kind: XR
            name: example-xr
            uid: ""
        spec:
          forProvider:
            region: us-east-2

        """;
}
