namespace Infra.Policy.Builtins.GraphQl;

internal sealed partial class GqlParser
{
    public static GqlNode ParseSchema(string source)
    {
        var p = new GqlParser(source);
        var doc = new GqlNode(1, 1)
        {
            ["Schema"] = new List<GqlNode>(), ["SchemaExtension"] = new List<GqlNode>(), ["Directives"] = new List<GqlNode>(),
            ["Definitions"] = new List<GqlNode>(), ["Extensions"] = new List<GqlNode>(),
        };
        while (!p.Is("EOF")) p.SchemaDefinition(doc);
        return doc;
    }

    private string Description() => Is("String") || Is("BlockString") ? Next().Value : "";

    private void SchemaDefinition(GqlNode doc)
    {
        var start = Peek;
        var description = Description();
        var t = Peek;
        if (t.Kind != "Name") throw Unexpected(t);
        switch (t.Value)
        {
            case "schema":
                Next();
                doc.Nodes("Schema").Add(SchemaBody(start, description));
                return;
            case "directive":
                Next();
                doc.Nodes("Directives").Add(DirectiveDefinition(start, description));
                return;
            case "extend":
                if (description.Length > 0) throw Unexpected(start);
                Next();
                var what = Peek;
                if (what.Kind == "Name" && what.Value == "schema")
                {
                    Next();
                    var ext = new GqlNode(start.Line, start.Column) { ["Description"] = "", ["Directives"] = Directives(true) };
                    if (Is("{")) ext["OperationTypes"] = Some("{", "}", OperationType);
                    else if (ext.Nodes("Directives").Count == 0) throw Unexpected(Peek);
                    doc.Nodes("SchemaExtension").Add(ext);
                    return;
                }
                doc.Nodes("Extensions").Add(TypeDefinition(start, "", extension: true));
                return;
            default:
                doc.Nodes("Definitions").Add(TypeDefinition(start, description, extension: false));
                return;
        }
    }

    private GqlNode SchemaBody(GqlToken start, string description)
    {
        var def = new GqlNode(start.Line, start.Column) { ["Description"] = description, ["Directives"] = Directives(true) };
        def["OperationTypes"] = Some("{", "}", OperationType);
        return def;
    }

    private GqlNode OperationType()
    {
        var t = Peek;
        var op = Expect("Name").Value;
        if (op is not ("query" or "mutation" or "subscription")) throw Unexpected(t);
        Expect(":");
        return new GqlNode(t.Line, t.Column) { ["Operation"] = op, ["Type"] = Expect("Name").Value };
    }

    private GqlNode TypeDefinition(GqlToken start, string description, bool extension)
    {
        var kw = Peek;
        if (kw.Kind != "Name") throw Unexpected(kw);
        var kind = kw.Value switch
        {
            "scalar" => "SCALAR",
            "type" => "OBJECT",
            "interface" => "INTERFACE",
            "union" => "UNION",
            "enum" => "ENUM",
            "input" => "INPUT_OBJECT",
            _ => throw Unexpected(kw),
        };
        Next();
        var name = Expect("Name");
        var def = new GqlNode(start.Line, start.Column) { ["Kind"] = kind, ["Description"] = description, ["Name"] = name.Value, ["BuiltIn"] = false };
        switch (kind)
        {
            case "OBJECT" or "INTERFACE":
                def["Interfaces"] = ImplementsInterfaces();
                def["Directives"] = Directives(true);
                def["Fields"] = Is("{") ? Some("{", "}", FieldDefinition) : new List<GqlNode>();
                break;
            case "UNION":
                def["Directives"] = Directives(true);
                if (Skip("="))
                {
                    Skip("|");
                    var types = new List<string> { Expect("Name").Value };
                    while (Skip("|")) types.Add(Expect("Name").Value);
                    def["Types"] = types;
                }
                break;
            case "ENUM":
                def["Directives"] = Directives(true);
                def["EnumValues"] = Is("{") ? Some("{", "}", EnumValue) : new List<GqlNode>();
                break;
            case "INPUT_OBJECT":
                def["Directives"] = Directives(true);
                def["Fields"] = Is("{") ? Some("{", "}", InputValue) : new List<GqlNode>();
                break;
            default:
                def["Directives"] = Directives(true);
                break;
        }
        if (extension && def.Nodes("Directives").Count == 0 && def.Nodes("Fields").Count == 0 && def.Nodes("EnumValues").Count == 0
            && def.Strings("Interfaces").Count == 0 && def.Strings("Types").Count == 0)
            throw Unexpected(Peek);
        return def;
    }

    private List<string> ImplementsInterfaces()
    {
        var list = new List<string>();
        if (!IsName("implements")) return list;
        Next();
        Skip("&");
        list.Add(Expect("Name").Value);
        while (Skip("&")) list.Add(Expect("Name").Value);
        return list;
    }

    private GqlNode FieldDefinition()
    {
        var start = Peek;
        var description = Description();
        var name = Expect("Name");
        var f = new GqlNode(start.Line, start.Column) { ["Description"] = description, ["Name"] = name.Value };
        f["Arguments"] = Many("(", ")", InputValue);
        Expect(":");
        f["Type"] = Type();
        f["Directives"] = Directives(true);
        return f;
    }

    private GqlNode InputValue()
    {
        var start = Peek;
        var description = Description();
        var name = Expect("Name");
        var a = new GqlNode(start.Line, start.Column) { ["Description"] = description, ["Name"] = name.Value };
        Expect(":");
        a["Type"] = Type();
        if (Skip("=")) a["DefaultValue"] = Value(true);
        a["Directives"] = Directives(true);
        return a;
    }

    private GqlNode EnumValue()
    {
        var start = Peek;
        var description = Description();
        var name = Expect("Name");
        if (name.Value is "true" or "false" or "null") throw new GqlException($"{name.Value} is reserved and cannot be used for an enum value", name.Line, name.Column);
        return new GqlNode(start.Line, start.Column) { ["Description"] = description, ["Name"] = name.Value, ["Directives"] = Directives(true) };
    }

    private GqlNode DirectiveDefinition(GqlToken start, string description)
    {
        Expect("@");
        var name = Expect("Name").Value;
        var d = new GqlNode(start.Line, start.Column) { ["Description"] = description, ["Name"] = name };
        d["Arguments"] = Many("(", ")", InputValue);
        d["IsRepeatable"] = false;
        if (IsName("repeatable"))
        {
            Next();
            d["IsRepeatable"] = true;
        }
        ExpectKeyword("on");
        Skip("|");
        var locations = new List<string> { DirectiveLocation() };
        while (Skip("|")) locations.Add(DirectiveLocation());
        d["Locations"] = locations;
        return d;
    }

    private string DirectiveLocation()
    {
        var t = Peek;
        var name = Expect("Name").Value;
        return DirectiveLocations.Contains(name) ? name : throw Unexpected(t);
    }
}
