using Infra.Policy.Builtins.GraphQl;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>graphql.*</c> builtins: parsing queries and schemas to gqlparser-shaped ASTs, and validation.</summary>
internal static class GraphQlBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("graphql.parse_query", 1, a => Wrap(() => GqlParser.ParseQuery(Args.Str(a, 0)).ToValue()));
        t.Add("graphql.parse_schema", 1, a => Wrap(() => GqlParser.ParseSchema(Args.Str(a, 0)).ToValue()));
        t.Add("graphql.schema_is_valid", 1, a =>
        {
            try
            {
                GqlSchema.Load(SchemaDoc(a, 0));
                return BoolValue.True;
            }
            catch (GqlException)
            {
                return BoolValue.False;
            }
        });
        t.Add("graphql.is_valid", 2, a =>
        {
            try
            {
                var schema = GqlSchema.Load(SchemaDoc(a, 1));
                GqlValidator.Validate(QueryDoc(a, 0), schema);
                return BoolValue.True;
            }
            catch (GqlException)
            {
                return BoolValue.False;
            }
        });
        t.Add("graphql.parse", 2, a => Wrap(() =>
        {
            var schemaDoc = SchemaDoc(a, 1);
            var schema = GqlSchema.Load(schemaDoc);
            var query = QueryDoc(a, 0);
            GqlValidator.Validate(query, schema);
            return new ArrayValue([query.ToValue(), SchemaDoc(a, 1).ToValue()]);
        }));
        t.Add("graphql.parse_and_verify", 2, a =>
        {
            try
            {
                var schema = GqlSchema.Load(SchemaDoc(a, 1));
                var query = QueryDoc(a, 0);
                GqlValidator.Validate(query, schema);
                return new ArrayValue([BoolValue.True, query.ToValue(), SchemaDoc(a, 1).ToValue()]);
            }
            catch (GqlException)
            {
                return new ArrayValue([BoolValue.False, ObjectValue.Empty, ObjectValue.Empty]);
            }
        });
    }

    private static Value Wrap(Func<Value> f)
    {
        try
        {
            return f();
        }
        catch (GqlException ex)
        {
            throw BuiltinException.Error(ex.OpaMessage);
        }
    }

    private static GqlNode QueryDoc(Value[] a, int i) => a[i] switch
    {
        StringValue s => GqlParser.ParseQuery(s.Value),
        ObjectValue o => GqlAstReader.Read(o),
        _ => throw Args.OneOf(i, a[i], "string", "object"),
    };

    private static GqlNode SchemaDoc(Value[] a, int i) => a[i] switch
    {
        StringValue s => GqlParser.ParseSchema(s.Value),
        ObjectValue o => GqlAstReader.Read(o),
        _ => throw Args.OneOf(i, a[i], "string", "object"),
    };
}
