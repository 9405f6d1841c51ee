namespace Infra.Components.Ci.SupplyChain;

/// <summary>The shell scripts of the built-in stages (they use only the PARAM_/RESULT_/WORKSPACE_ variables).</summary>
internal static class StageScripts
{
    internal const string Clone = """
        set -eu
        dir="$WORKSPACE_SOURCE/src"
        rm -rf "$dir" && mkdir -p "$dir" && cd "$dir"
        git init -q
        git remote add origin "$PARAM_URL"
        git fetch -q --depth 1 origin "$PARAM_REVISION"
        git checkout -q FETCH_HEAD
        git rev-parse HEAD | tr -d '\n' > "$RESULT_COMMIT"
        """;

    internal const string Kaniko = """
        set -eu
        export DOCKER_CONFIG="$WORKSPACE_REGISTRY_CREDENTIALS"
        /kaniko/executor --context="$WORKSPACE_SOURCE/src" --dockerfile=Dockerfile \
          --destination="$PARAM_IMAGE:$PARAM_COMMIT" --digest-file="$RESULT_DIGEST"
        printf '%s@%s' "$PARAM_IMAGE" "$(cat "$RESULT_DIGEST")" > "$RESULT_IMAGE_REF"
        """;

    internal const string BuildKit = """
        set -eu
        export DOCKER_CONFIG="$WORKSPACE_REGISTRY_CREDENTIALS"
        export BUILDKITD_FLAGS=--oci-worker-no-process-sandbox
        buildctl-daemonless.sh build --frontend dockerfile.v0 \
          --local context="$WORKSPACE_SOURCE/src" --local dockerfile="$WORKSPACE_SOURCE/src" \
          --output "type=image,name=$PARAM_IMAGE:$PARAM_COMMIT,push=true" --metadata-file /tmp/build-metadata.json
        sed -n 's/.*"containerimage.digest": *"\([^"]*\)".*/\1/p' /tmp/build-metadata.json | tr -d '\n' > "$RESULT_DIGEST"
        printf '%s@%s' "$PARAM_IMAGE" "$(cat "$RESULT_DIGEST")" > "$RESULT_IMAGE_REF"
        """;

    internal const string Scan = """
        set -eu
        export DOCKER_CONFIG="$WORKSPACE_REGISTRY_CREDENTIALS"
        trivy image --no-progress --exit-code 1 --severity "$PARAM_SEVERITY" \
          --format json --output "$WORKSPACE_SOURCE/trivy-report.json" "$PARAM_IMAGE_REF"
        """;

    internal const string Sbom = """
        set -eu
        export DOCKER_CONFIG="$WORKSPACE_REGISTRY_CREDENTIALS"
        file="$WORKSPACE_SOURCE/sbom.json"
        syft scan "registry:$PARAM_IMAGE_REF" -o "$PARAM_FORMAT=$file"
        printf '%s' "$file" > "$RESULT_SBOM_FILE"
        """;

    internal const string Sign = """
        set -eu
        export DOCKER_CONFIG="$WORKSPACE_REGISTRY_CREDENTIALS"
        cosign sign --yes --key "$PARAM_KEY" "$PARAM_IMAGE_REF"
        cosign attest --yes --key "$PARAM_KEY" --type "$PARAM_PREDICATE_TYPE" --predicate "$PARAM_SBOM_FILE" "$PARAM_IMAGE_REF"
        """;

    internal const string GitOpsUpdate = """
        set -eu
        git config --global credential.helper "store --file=$WORKSPACE_GITOPS_CREDENTIALS/.git-credentials"
        git config --global user.name "infra-supply-chain"
        git config --global user.email "supply-chain@infra.local"
        dir="$WORKSPACE_SOURCE/gitops"
        rm -rf "$dir" && git clone -q --depth 1 --branch "$PARAM_BRANCH" "$PARAM_REPOSITORY" "$dir" && cd "$dir"
        sed -i "s|image: $PARAM_IMAGE[:@].*|image: $PARAM_IMAGE_REF|" "$PARAM_FILE"
        git add "$PARAM_FILE"
        git diff --cached --quiet || git commit -q -m "Deploy $PARAM_IMAGE_REF"
        git push -q origin "HEAD:$PARAM_BRANCH"
        """;

    internal const string ArgoCdSync = """
        set -eu
        export ARGOCD_AUTH_TOKEN="$(cat "$WORKSPACE_ARGOCD_CREDENTIALS/token")"
        argocd app sync "$PARAM_APPLICATION" --server "$PARAM_SERVER" --grpc-web
        argocd app wait "$PARAM_APPLICATION" --server "$PARAM_SERVER" --grpc-web --health --timeout 600
        """;
}
