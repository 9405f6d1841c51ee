using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>All builtins by Rego name; each family file adds its entries in a static <c>Register</c>.</summary>
internal sealed class BuiltinTable
{
    private readonly Dictionary<string, BuiltinDef> _defs = new(StringComparer.Ordinal);

    public void Add(string name, int arity, Func<Value[], Value?> fn) => _defs[name] = new BuiltinDef(name, arity, (_, a) => fn(a));

    public void Add(string name, int arity, Func<BuiltinContext, Value[], Value?> fn) => _defs[name] = new BuiltinDef(name, arity, fn);

    public void Add(BuiltinDef def) => _defs[def.Name] = def;

    public BuiltinDef? Get(string name) => _defs.GetValueOrDefault(name);

    public int? Arity(string name) => _defs.TryGetValue(name, out var d) ? d.Arity : null;

    public IEnumerable<string> Names => _defs.Keys;

    /// <summary>The default table with every builtin family registered.</summary>
    public static BuiltinTable CreateDefault()
    {
        var t = new BuiltinTable();
        Comparison.Register(t);
        Arithmetic.Register(t);
        TimeBuiltins.Register(t);
        Strings.Register(t);
        Units.Register(t);
        Aggregates.Register(t);
        Types.Register(t);
        Bits.Register(t);
        Numbers.Register(t);
        Json.Register(t);
        Objects.Register(t);
        Collections.Register(t);
        EncodingBuiltins.Register(t);
        Crypto.Register(t);
        Graphs.Register(t);
        Misc.Register(t);
        Glob.Register(t);
        RegexBuiltins.Register(t);
        RegexIntersection.Register(t);
        Uuid.Register(t);
        Net.Register(t);
        Jwt.Register(t);
        JwtSigning.Register(t);
        JwtDecodeVerify.Register(t);
        UriBuiltins.Register(t);
        Yaml.Register(t);
        GoTemplate.Register(t);
        GraphQlBuiltins.Register(t);
        JsonSchema.Register(t);
        X509.Register(t);
        Semver.Register(t);
        JsonPatch.Register(t);
        Http.Register(t);
        return t;
    }
}
