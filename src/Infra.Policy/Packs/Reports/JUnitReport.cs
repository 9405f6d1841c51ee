using System.Xml.Linq;

namespace Infra.Policy.Packs.Reports;

/// <summary>JUnit XML, the format CI test reporters accept: one test case per policy, failing when it found something blocking.</summary>
public static class JUnitReport
{
    /// <summary>Renders a report.</summary>
    public static string Render(PolicyReport report)
    {
        var byPolicy = report.Results.GroupBy(r => $"{r.Pack}/{r.Policy}").ToDictionary(g => g.Key, g => g.ToList());
        var suites = report.Results.Select(r => r.Pack).Concat(report.Packs.Select(p => p.Split('@')[0])).Distinct().Order(StringComparer.Ordinal).Select(pack =>
        {
            var cases = byPolicy.Where(p => p.Key.StartsWith(pack + "/", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            {
                var element = new XElement("testcase", new XAttribute("classname", pack), new XAttribute("name", p.Value[0].Policy));
                var blocking = p.Value.Where(r => r.Blocking).ToList();
                if (blocking.Count > 0)
                {
                    element.Add(new XElement("failure", new XAttribute("message", $"{blocking.Count} mandatory violation(s)"), string.Join("\n", blocking.Select(r => $"{r.Urn ?? "stack"}: {r.Message}"))));
                }
                var warnings = p.Value.Where(r => !r.Blocking).ToList();
                if (warnings.Count > 0)
                {
                    element.Add(new XElement("system-out", string.Join("\n", warnings.Select(r => $"warning: {r.Urn ?? "stack"}: {r.Message}"))));
                }
                return element;
            }).ToList();
            if (cases.Count == 0)
            {
                cases.Add(new XElement("testcase", new XAttribute("classname", pack), new XAttribute("name", "all policies")));
            }
            return new XElement("testsuite",
                new XAttribute("name", pack),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
                new XAttribute("errors", 0),
                cases);
        }).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "infra policy check"),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
    }
}
