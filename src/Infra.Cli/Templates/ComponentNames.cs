using System.Text.RegularExpressions;

namespace Infra.Cli.Templates;

/// <summary>The names the <c>component</c> template derives from the project name (<c>acme.web-app</c>: namespace <c>Acme.WebApp</c>, class <c>WebApp</c>).</summary>
internal sealed partial record ComponentNames
{
    public ComponentNames(TemplateRequest request)
    {
        Project = request.Project;
        Namespace = request.Namespace;
        Component = Namespace.Split('.')[^1];
        TestProject = request.Project + ".Tests";
        Package = PackageCharacters().Replace(Namespace.Split('.')[0].ToLowerInvariant(), string.Empty);
        Kebab = KebabBoundary().Replace(Component, "$1-$2").ToLowerInvariant();
    }

    /// <summary>The project (and package) name.</summary>
    public string Project { get; }

    /// <summary>The C# namespace of the component.</summary>
    public string Namespace { get; }

    /// <summary>The component class name.</summary>
    public string Component { get; }

    /// <summary>The test project's name.</summary>
    public string TestProject { get; }

    /// <summary>The first segment of the component's type token.</summary>
    public string Package { get; }

    /// <summary>The component name in kebab case, e.g. <c>web-app</c>.</summary>
    public string Kebab { get; }

    /// <summary>The component's type token, e.g. <c>acme:components:WebApp</c>.</summary>
    public string TypeToken => $"{Package}:components:{Component}";

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex PackageCharacters();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();
}
