using Infra.Policy.Ast;
using Infra.Policy.Lexing;
using Infra.Policy.Values;

namespace Infra.Policy.Parsing;

/// <summary>Recursive-descent parser for Rego v1 modules, queries and terms.</summary>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private readonly bool _experimental;
    private int _pos;

    public Parser(List<Token> tokens, bool experimentalKeywords)
    {
        _tokens = tokens;
        _experimental = experimentalKeywords;
    }

    /// <summary>Longest module source accepted (policies are kilobytes; this bounds lexing and compile time).</summary>
    public const int MaxSourceLength = 1024 * 1024;

    /// <summary>
    /// Deepest term nesting accepted. The parser itself stops at the stack limit, but the compiler and evaluator
    /// walk the tree recursively with larger frames, so a tree the parser barely managed would overflow them.
    /// </summary>
    public const int MaxNesting = 256;

    public static Module ParseModule(string file, string source, bool experimental = false)
    {
        CheckLength(file, source);
        var module = new Parser(Lexer.Tokenize(file, source), experimental).Module(file);
        foreach (var rule in module.Rules)
        {
            CheckNesting(rule);
        }
        if (!source.Contains("METADATA", StringComparison.Ordinal)) return module;
        var metadata = MetadataScanner.Scan(source);
        if (metadata.Count == 0) return module;
        static ObjectValue WithScope(ObjectValue a, string scope)
        {
            if (a.Get("scope") is not null) return a;
            var map = a.ToDictionary();
            map[new StringValue("scope")] = new StringValue(scope);
            return new ObjectValue(map);
        }
        var rules = module.Rules.Select(r => metadata.TryGetValue(r.Span.Line, out var a) ? r with { Annotations = WithScope(a, "rule") } : r).ToList();
        return module with
        {
            Rules = rules,
            PackageAnnotations = metadata.TryGetValue(module.Span.Line, out var pa) ? WithScope(pa, "package") : null,
        };
    }

    public static IReadOnlyList<Expr> ParseQuery(string file, string source, bool experimental = false)
    {
        CheckLength(file, source);
        var p = new Parser(Lexer.Tokenize(file, source), experimental);
        var body = p.BodyUntil(t => t.Kind == TokenKind.Eof);
        if (body.Count == 0) throw new RegoSyntaxException(p.Cur.Span, "empty query");
        foreach (var expr in body)
        {
            CheckNesting(expr);
        }
        return body;
    }

    public static Term ParseTerm(string file, string source)
    {
        var p = new Parser(Lexer.Tokenize(file, source), false);
        p.SkipNewlines();
        var t = p.Expression();
        p.SkipNewlines();
        if (p.Cur.Kind != TokenKind.Eof) throw p.Unexpected("end of term");
        return t;
    }

    private static void CheckLength(string file, string source)
    {
        if (source.Length > MaxSourceLength)
        {
            throw new RegoSyntaxException(new SourceSpan(file, 1, 1), $"source is {source.Length} characters; the limit is {MaxSourceLength}");
        }
    }

    private static void CheckNesting(object node)
    {
        if (AstWalker.FirstDeeperThan(node, MaxNesting) is { } deep)
        {
            throw new RegoSyntaxException(deep.Span, $"expression nested more than {MaxNesting} levels deep");
        }
    }

    private Token Cur => _tokens[Math.Min(_pos, _tokens.Count - 1)];

    private Token PeekAt(int ahead) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private Token Take() => _tokens[Math.Min(_pos++, _tokens.Count - 1)];

    private void SkipNewlines()
    {
        while (Cur.Kind == TokenKind.Newline) _pos++;
    }

    private RegoSyntaxException Unexpected(string expected)
        => new(Cur.Span, $"unexpected {Cur.Describe()} token: expected {expected}");

    private Token Expect(string punct)
    {
        if (!Cur.Is(punct)) throw Unexpected(punct);
        return Take();
    }

    private bool Accept(string punct)
    {
        if (!Cur.Is(punct)) return false;
        _pos++;
        return true;
    }

    private bool IsKeyword(string name) => Cur.IsIdent(name) && !FollowedBySelector(1);

    // A keyword immediately followed by ".", "[" or "(" is used as a name (e.g. `foo.if`, `import.x := 1`).
    private bool FollowedBySelector(int ahead)
    {
        var n = PeekAt(ahead);
        return !n.SpaceBefore && (n.Is(".") || n.Is("[") || n.Is("("));
    }

    private Module Module(string file)
    {
        SkipSeparators();
        if (!IsKeyword("package")) throw Unexpected("package");
        var start = Take().Span;
        var pkgRef = RefOnly();
        var pkg = RefToPath(pkgRef, "package");
        var imports = new List<Import>();
        var rules = new List<Rule>();
        while (true)
        {
            SkipSeparators();
            if (Cur.Kind == TokenKind.Eof) break;
            if (IsKeyword("import"))
            {
                var at = Take().Span;
                var r = RefOnly();
                var rr = r as RefTerm ?? new RefTerm(r.Span, r, []);
                string? alias = null;
                if (IsKeyword("as"))
                {
                    _pos++;
                    if (Cur.Kind != TokenKind.Ident) throw Unexpected("ident");
                    alias = Take().Text;
                }
                imports.Add(new Import(at, rr, alias));
                continue;
            }
            rules.Add(RuleDefinition());
            if (Cur.Kind is not (TokenKind.Newline or TokenKind.Eof) && !Cur.Is(";")) throw Unexpected("end of rule (newline)");
        }
        return new Module(file, start, pkg, imports, rules);
    }

    private void SkipSeparators()
    {
        while (Cur.Kind == TokenKind.Newline || Cur.Is(";")) _pos++;
    }

    private static List<string> RefToPath(Term t, string what)
    {
        var list = new List<string>();
        switch (t)
        {
            case VarTerm v: list.Add(v.Name); break;
            case RefTerm { Head: VarTerm hv } r:
                list.Add(hv.Name);
                foreach (var p in r.Path)
                {
                    if (p is ScalarTerm { Value: StringValue s }) list.Add(s.Value);
                    else throw new RegoSyntaxException(p.Span, $"{what} path must contain only strings");
                }
                break;
            default: throw new RegoSyntaxException(t.Span, $"invalid {what} path");
        }
        if (what == "package" && list[0] == "data") list.RemoveAt(0);
        return list;
    }

    /// <summary>Parses a var followed by <c>.name</c> and <c>[term]</c> selectors (no calls).</summary>
    private Term RefOnly()
    {
        if (Cur.Kind != TokenKind.Ident) throw Unexpected("ident");
        var head = Take();
        Term t = new VarTerm(head.Span, head.Text);
        var path = new List<Term>();
        while (true)
        {
            if (Cur.Is(".") && !Cur.SpaceBefore)
            {
                _pos++;
                if (Cur.Kind != TokenKind.Ident) throw Unexpected("ident");
                var n = Take();
                path.Add(new ScalarTerm(n.Span, new StringValue(n.Text)));
            }
            else if (Cur.Is("[") && !Cur.SpaceBefore)
            {
                _pos++;
                SkipNewlines();
                path.Add(Expression());
                SkipNewlines();
                Expect("]");
            }
            else break;
        }
        return path.Count == 0 ? t : new RefTerm(t.Span, t, path);
    }
}
