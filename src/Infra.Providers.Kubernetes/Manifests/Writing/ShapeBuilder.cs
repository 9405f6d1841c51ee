using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// Builds the shapes of a model type graph from the same metadata the KubernetesClient serializer uses
/// (<see cref="JsonPropertyNameAttribute"/> names, declared property types). Any type whose serialization it cannot
/// reproduce exactly — custom converters, unnamed properties, types from other assemblies — gets a
/// <see cref="SerializedShape"/>, so the serializer still decides its form. Object shapes are described lazily (see
/// <see cref="ObjectShape"/>); the builder is thread-safe because they may first be used by concurrent steps.
/// </summary>
internal sealed class ShapeBuilder
{
    private static readonly Assembly ModelAssembly = typeof(V1ObjectMeta).Assembly;

    private const string KeptModelMembers =
        "Only KubernetesClient model types reach this reflection (IsWalkableModel checks the assembly before it reads members; "
        + "Describe gets only types it accepted). KubernetesClient is not marked trimmable and serializes these same model "
        + "properties by reflection (KubernetesJson), so an app can only trim safely by keeping it whole (TrimMode=partial, "
        + "the documented Native AOT publish, README 'Native AOT'), which keeps every member read here.";

    private readonly Dictionary<Type, ValueShape> built = [];
    private readonly Lock gate = new();

    /// <summary>The shape of <paramref name="type"/>, a model type or any property type.</summary>
    public ValueShape Build(Type type)
    {
        lock (gate)
        {
            return BuildLocked(type);
        }
    }

    private ValueShape BuildLocked(Type type)
    {
        if (built.TryGetValue(type, out var known))
        {
            return known;
        }
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(underlying))
        {
            return ScalarShape.Instance;
        }
        if (ElementOfDictionary(type) is { } valueType)
        {
            return new MapShape(BuildLocked(valueType));
        }
        if (ElementOfList(type) is { } elementType)
        {
            return new ArrayShape(BuildLocked(elementType));
        }
        return IsWalkableModel(type) ? BuildObject(type) : SerializedShape.Instance;
    }

    private ObjectShape BuildObject(Type type)
    {
        // Registered before it is described, so self-referencing models (JSON schema props) resolve.
        var shape = new ObjectShape(type, Describe);
        built[type] = shape;
        return shape;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptModelMembers)]
    private ModelProperty[] Describe(Type type)
    {
        var properties = new List<ModelProperty>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
            var getter = property.GetGetMethod()!;
            if (!property.PropertyType.IsValueType)
            {
                var accessor = typeof(BoundModelProperty<,>).MakeGenericType(getter.DeclaringType!, property.PropertyType);
                properties.Add((ModelProperty)Activator.CreateInstance(accessor, name, this, getter)!);
            }
            else if (RuntimeFeature.IsDynamicCodeSupported)
            {
                var accessor = typeof(BoundValueModelProperty<,>).MakeGenericType(getter.DeclaringType!, property.PropertyType);
                properties.Add((ModelProperty)Activator.CreateInstance(accessor, name, this, getter)!);
            }
            else
            {
                properties.Add(new ReflectedModelProperty(name, property, this));
            }
        }
        properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return [.. properties];
    }

    private static bool IsScalar(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(double)
        || type == typeof(ResourceQuantity) || type == typeof(byte[]) || type == typeof(IntOrString);

    private static Type? ElementOfDictionary(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }
        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        var isDictionary = definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>);
        return isDictionary && arguments[0] == typeof(string) ? arguments[1] : null;
    }

    private static Type? ElementOfList(Type type)
    {
        if (type.IsArray && type.GetArrayRank() == 1 && type != typeof(byte[]))
        {
            return type.GetElementType();
        }
        if (!type.IsGenericType)
        {
            return null;
        }
        var definition = type.GetGenericTypeDefinition();
        var isList = definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>)
            || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>);
        return isList ? type.GetGenericArguments()[0] : null;
    }

    // A model class whose every property the serializer writes under an explicit name, with no converter of its own.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptModelMembers)]
    private static bool IsWalkableModel(Type type)
    {
        if (type.Assembly != ModelAssembly || !type.IsClass || type.IsAbstract || type.IsGenericType
            || type.IsDefined(typeof(JsonConverterAttribute), inherit: true))
        {
            return false;
        }
        if (type.GetFields(BindingFlags.Public | BindingFlags.Instance).Length > 0)
        {
            return false;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetGetMethod() is null
                || property.GetCustomAttribute<JsonPropertyNameAttribute>() is null
                || property.IsDefined(typeof(JsonConverterAttribute), inherit: true)
                || property.IsDefined(typeof(JsonIgnoreAttribute), inherit: true)
                || property.IsDefined(typeof(JsonExtensionDataAttribute), inherit: true))
            {
                return false;
            }
        }
        return type.GetProperties(BindingFlags.NonPublic | BindingFlags.Instance).All(p => !p.IsDefined(typeof(JsonIncludeAttribute), inherit: true));
    }
}
