using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>print</c>, <c>trace</c>, <c>opa.runtime</c> and <c>rego.parse_module</c>.</summary>
internal static class Misc
{
    public static void Register(BuiltinTable t)
    {
        t.Add("print", -1, (ctx, a) =>
        {
            ctx.Print(string.Join(' ', a.Select(GoSprintf.Plain)));
            return BoolValue.True;
        });
        t.Add("trace", 1, a =>
        {
            Args.Str(a, 0);
            return BoolValue.True;
        });
        // As in OPA's library mode without runtime information; environment variables are never exposed to policies.
        t.Add("opa.runtime", 0, a => ObjectValue.Empty);
        t.Add("rego.parse_module", 2, (ctx, a) => ctx.ParseModule!(Args.Str(a, 0), Args.Str(a, 1)));
    }
}
