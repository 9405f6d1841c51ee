namespace Infra.Policy.Builtins.GraphQl;

internal sealed partial class GqlParser
{
    public static GqlNode ParseQuery(string source)
    {
        var p = new GqlParser(source);
        var doc = new GqlNode(1, 1) { ["Operations"] = new List<GqlNode>(), ["Fragments"] = new List<GqlNode>() };
        while (!p.Is("EOF"))
        {
            var t = p.Peek;
            if (t.Kind == "{") doc.Nodes("Operations").Add(p.Operation());
            else if (t.Kind == "Name" && t.Value is "query" or "mutation" or "subscription") doc.Nodes("Operations").Add(p.Operation());
            else if (t.Kind == "Name" && t.Value == "fragment") doc.Nodes("Fragments").Add(p.Fragment());
            else throw p.Unexpected(t);
        }
        return doc;
    }

    private GqlNode Operation()
    {
        var t = Peek;
        var op = new GqlNode(t.Line, t.Column);
        if (t.Kind == "{")
        {
            op["Operation"] = "query";
            op["Name"] = "";
            op["SelectionSet"] = SelectionSet();
            return op;
        }
        op["Operation"] = Next().Value;
        op["Name"] = Is("Name") ? Next().Value : "";
        op["VariableDefinitions"] = Many("(", ")", VariableDefinition);
        op["Directives"] = Directives(false);
        op["SelectionSet"] = SelectionSet();
        return op;
    }

    private GqlNode VariableDefinition()
    {
        var t = Expect("$");
        var name = Expect("Name").Value;
        Expect(":");
        var def = new GqlNode(t.Line, t.Column) { ["Variable"] = name, ["Type"] = Type() };
        if (Skip("=")) def["DefaultValue"] = Value(true);
        def["Directives"] = Directives(true);
        def["Used"] = false;
        return def;
    }

    private List<GqlNode> SelectionSet() => Some("{", "}", Selection);

    private GqlNode Selection()
    {
        var t = Peek;
        if (Is("...")) return FragmentSelection();
        var first = Expect("Name").Value;
        var field = new GqlNode(t.Line, t.Column);
        if (Skip(":"))
        {
            field["Alias"] = first;
            field["Name"] = Expect("Name").Value;
        }
        else
        {
            field["Alias"] = first;
            field["Name"] = first;
        }
        field["Arguments"] = Arguments(false);
        field["Directives"] = Directives(false);
        if (Is("{")) field["SelectionSet"] = SelectionSet();
        return field;
    }

    private GqlNode FragmentSelection()
    {
        var t = Expect("...");
        if (Is("Name") && Peek.Value != "on")
        {
            var spread = new GqlNode(t.Line, t.Column) { ["Name"] = Next().Value };
            spread["Directives"] = Directives(false);
            return spread;
        }
        var inline = new GqlNode(t.Line, t.Column) { ["TypeCondition"] = "" };
        if (IsName("on"))
        {
            Next();
            inline["TypeCondition"] = Expect("Name").Value;
        }
        inline["Directives"] = Directives(false);
        inline["SelectionSet"] = SelectionSet();
        return inline;
    }

    private GqlNode Fragment()
    {
        var t = Next();
        var nameTok = Peek;
        if (nameTok.Kind == "Name" && nameTok.Value == "on") throw Unexpected(nameTok);
        var frag = new GqlNode(t.Line, t.Column) { ["Name"] = Expect("Name").Value };
        frag["VariableDefinition"] = Many("(", ")", VariableDefinition);
        ExpectKeyword("on");
        frag["TypeCondition"] = Expect("Name").Value;
        frag["Directives"] = Directives(false);
        frag["SelectionSet"] = SelectionSet();
        return frag;
    }
}
