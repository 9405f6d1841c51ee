using k8s;

namespace Infra.Bench.Stack;

/// <summary>The typed models of one unit, in the order ConfigMap, Deployment, Service, without registering them.</summary>
public static class UnitModels
{
    public static IEnumerable<IKubernetesObject> For(int unit, BenchShape shape) => UnitFactory.Models(unit, shape);
}
