namespace Infra.Components.Ci.Triggers;

/// <summary>An interceptor of a trigger.</summary>
/// <param name="Ref">The interceptor (e.g. <c>github</c>, <c>cel</c>).</param>
/// <param name="Params">Its parameters (<c>{name, value}</c>, value any JSON).</param>
public sealed record TriggerInterceptor(InterceptorRef Ref, IReadOnlyList<InterceptorParam>? Params);
