namespace Infra.Components.Ci.GitOps;

/// <summary>A custom Argo CD health check (a Lua script) for one kind, stored as <c>resource.customizations.health.&lt;group&gt;_&lt;kind&gt;</c> in <c>argocd-cm</c>.</summary>
/// <param name="Group">The API group, e.g. <c>tekton.dev</c>.</param>
/// <param name="Kind">The kind, e.g. <c>PipelineRun</c>.</param>
/// <param name="Lua">The script; it returns <c>{status = "Healthy"|"Progressing"|"Degraded"|…, message = …}</c>.</param>
public sealed record ResourceHealthCheck(string Group, string Kind, string Lua)
{
    /// <summary>The <c>argocd-cm</c> key.</summary>
    public string ConfigKey => $"resource.customizations.health.{Group}_{Kind}";

    /// <summary>Tekton PipelineRuns: healthy when the <c>Succeeded</c> condition is True, degraded when False.</summary>
    public static ResourceHealthCheck TektonPipelineRun { get; } = new("tekton.dev", "PipelineRun", """
        hs = {}
        if obj.status ~= nil and obj.status.conditions ~= nil then
          for _, c in ipairs(obj.status.conditions) do
            if c.type == "Succeeded" then
              if c.status == "True" then
                hs.status = "Healthy"
              elseif c.status == "False" then
                hs.status = "Degraded"
              else
                hs.status = "Progressing"
              end
              hs.message = c.message
              return hs
            end
          end
        end
        hs.status = "Progressing"
        hs.message = "Waiting for the run to report a Succeeded condition"
        return hs
        """);
}
