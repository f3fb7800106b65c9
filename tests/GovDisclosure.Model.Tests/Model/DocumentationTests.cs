using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace GovDisclosure.Model.Tests.Model;

public class DocumentationTests
{
    [Fact]
    public void Every_labelled_property_names_its_official_label_in_its_xml_documentation()
    {
        var assembly = typeof(AnnualReport).Assembly;
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var summaries = xml.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary")?.Value ?? string.Empty);

        var labelled = assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(p => (Property: p, Label: p.GetCustomAttribute<OfficialLabelAttribute>()))
            .Where(x => x.Label is not null)
            .ToList();

        Assert.True(labelled.Count > 60, "labels found: " + labelled.Count);
        Assert.All(labelled, x =>
        {
            var key = $"P:{x.Property.DeclaringType!.FullName}.{x.Property.Name}";
            Assert.True(summaries.TryGetValue(key, out var summary), key);
            var normalized = summary!.Replace(" · ", "·");
            Assert.True(normalized.Contains(x.Label!.Label, StringComparison.Ordinal), $"{key}: “{x.Label.Label}” not in “{summary}”");
        });
    }
}
