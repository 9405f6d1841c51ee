namespace Infra.Policy.Builtins.GraphQl;

/// <summary>Parses GraphQL query and schema documents into gqlparser-shaped nodes, with gqlparser's error texts.</summary>
internal sealed partial class GqlParser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private readonly List<GqlToken> _tokens;
    private int _pos;

    private GqlParser(string source) => _tokens = GqlLexer.Tokenize(source);

    private GqlToken Peek => _tokens[_pos];

    private GqlToken Next() => _tokens[Math.Min(_pos++, _tokens.Count - 1)];

    private bool Is(string kind) => Peek.Kind == kind;

    private bool IsName(string value) => Peek.Kind == "Name" && Peek.Value == value;

    private GqlException Unexpected(GqlToken t) => new($"Unexpected {t.Describe()}", t.Line, t.Column);

    private GqlToken Expect(string kind)
    {
        var t = Peek;
        if (t.Kind != kind) throw new GqlException($"Expected {kind}, found {t.Describe()}", t.Line, t.Column);
        return Next();
    }

    private void ExpectKeyword(string word)
    {
        var t = Peek;
        if (t.Kind != "Name" || t.Value != word) throw new GqlException($"Expected \"{word}\", found {t.Describe()}", t.Line, t.Column);
        Next();
    }

    private bool Skip(string kind)
    {
        if (!Is(kind)) return false;
        Next();
        return true;
    }

    /// <summary>Parses "start item+ end"; an empty list is an error.</summary>
    private List<GqlNode> Some(string start, string end, Func<GqlNode> item)
    {
        Expect(start);
        var list = new List<GqlNode>();
        if (Is(end))
        {
            var t = Peek;
            throw new GqlException($"expected at least one definition, found {t.Describe()}", t.Line, t.Column);
        }
        while (!Skip(end)) list.Add(item());
        return list;
    }

    /// <summary>Parses an optional "start item* end".</summary>
    private List<GqlNode> Many(string start, string end, Func<GqlNode> item)
    {
        var list = new List<GqlNode>();
        if (!Skip(start)) return list;
        while (!Skip(end)) list.Add(item());
        return list;
    }

    private GqlNode Type()
    {
        var t = Peek;
        GqlNode type;
        if (Skip("["))
        {
            var elem = Type();
            Expect("]");
            type = new GqlNode(t.Line, t.Column) { ["NamedType"] = "", ["Elem"] = elem, ["NonNull"] = false };
        }
        else
        {
            type = new GqlNode(t.Line, t.Column) { ["NamedType"] = Expect("Name").Value, ["NonNull"] = false };
        }
        if (Skip("!")) type["NonNull"] = true;
        return type;
    }

    private GqlNode Value(bool isConst)
    {
        var t = Peek;
        GqlNode V(int kind, string raw) => new(t.Line, t.Column) { ["Raw"] = raw, ["Kind"] = kind, ["ExpectedTypeHasDefault"] = false };
        switch (t.Kind)
        {
            case "$":
                if (isConst) throw Unexpected(t);
                Next();
                return V(0, Expect("Name").Value);
            case "Int": Next(); return V(1, t.Value);
            case "Float": Next(); return V(2, t.Value);
            case "String": Next(); return V(3, t.Value);
            case "BlockString": Next(); return V(4, t.Value);
            case "Name":
                Next();
                return t.Value switch
                {
                    "true" or "false" => V(5, t.Value),
                    "null" => V(6, t.Value),
                    _ => V(7, t.Value),
                };
            case "[":
                {
                    var list = V(8, "");
                    list["Children"] = Many("[", "]", () =>
                    {
                        var at = Peek;
                        return new GqlNode(at.Line, at.Column) { ["Name"] = "", ["Value"] = Value(isConst) };
                    });
                    return list;
                }
            case "{":
                {
                    var obj = V(9, "");
                    obj["Children"] = Many("{", "}", () =>
                    {
                        var name = Expect("Name");
                        Expect(":");
                        return new GqlNode(name.Line, name.Column) { ["Name"] = name.Value, ["Value"] = Value(isConst) };
                    });
                    return obj;
                }
            default:
                throw Unexpected(t);
        }
    }

    private List<GqlNode> Directives(bool isConst)
    {
        var list = new List<GqlNode>();
        while (Is("@"))
        {
            var at = Next();
            var name = Expect("Name").Value;
            list.Add(new GqlNode(at.Line, at.Column) { ["Name"] = name, ["Arguments"] = Arguments(isConst), ["Location"] = "" });
        }
        return list;
    }

    private List<GqlNode> Arguments(bool isConst) => Many("(", ")", () =>
    {
        var name = Expect("Name");
        Expect(":");
        return new GqlNode(name.Line, name.Column) { ["Name"] = name.Value, ["Value"] = Value(isConst) };
    });
}
