using System.Text.Json;
using FactModel.Cli.Tests.Infrastructure;

namespace FactModel.Cli.Tests;

/// <summary>
/// The JSON-LD export parses as JSON (JSON-LD's JSON form), declares schema.org as its vocabulary, and gives each
/// kind of fact the schema.org type docs/cli.md promises, with <c>sameAs</c> for Wikidata ids.
/// </summary>
public class JsonLdTests
{
    private static Dictionary<string, JsonElement> Nodes(JsonDocument document) =>
        document.RootElement.GetProperty("@graph").EnumerateArray().ToDictionary(n => n.GetProperty("@id").GetString()!);

    [Fact]
    public void The_seed_exports_as_schema_org_json_ld_with_the_expected_types()
    {
        using var document = JsonDocument.Parse(Tool.Run("export", "--format", "jsonld").Output);
        var context = document.RootElement.GetProperty("@context");
        context.GetProperty("@vocab").GetString().ShouldBe("https://schema.org/");
        // A JSON-LD processor takes a term as a prefix (fm:qualifier) only when its IRI ends in a delimiter.
        context.GetProperty("fm").GetString().ShouldBe("https://github.com/factmodel/factmodel/blob/main/docs/cli.md#");
        context.GetProperty("sameAs").GetProperty("@type").GetString().ShouldBe("@id");
        var nodes = Nodes(document);

        string TypeOf(string id) => nodes[id].GetProperty("@type").GetString()!;
        TypeOf("#antony-blinken").ShouldBe("Person");
        TypeOf("#hamas").ShouldBe("Organization");
        TypeOf("#hostages").ShouldBe("Organization", "groups are organizations, with fm:kind group");
        nodes["#hostages"].GetProperty("fm:kind").GetString().ShouldBe("group");
        TypeOf("#united-states").ShouldBe("Country", "states are countries");
        TypeOf("#israel-country").ShouldBe("Country");
        TypeOf("#beirut").ShouldBe("City");
        TypeOf("#gaza").ShouldBe("Place");
        TypeOf("#blinken-arrives-in-israel").ShouldBe("Event");
        TypeOf("#gaza-death-toll").ShouldBe("QuantitativeValue");
        TypeOf("#documents/blinken-arrives-in-israel").ShouldBe("CreativeWork");
        nodes.Values.Select(n => n.GetProperty("@type").GetString()).Distinct().Order()
            .ShouldBe(new[] { "City", "Country", "CreativeWork", "Event", "Organization", "Person", "Place", "QuantitativeValue" });
    }

    [Fact]
    public void Wikidata_ids_become_same_as_links()
    {
        using var document = JsonDocument.Parse(Tool.Run("export", "--format", "jsonld").Output);
        var nodes = Nodes(document);

        nodes["#united-states"].GetProperty("sameAs").GetString().ShouldBe("https://www.wikidata.org/wiki/Q30");
        nodes["#israel-country"].GetProperty("sameAs").GetString().ShouldBe("https://www.wikidata.org/wiki/Q801");
        nodes["#antony-blinken"].TryGetProperty("sameAs", out _).ShouldBeFalse("the seed gives Blinken no Wikidata id");
    }

    [Fact]
    public void What_schema_org_cannot_say_is_kept_under_the_factmodel_prefix()
    {
        using var document = JsonDocument.Parse(Tool.Run("export", "--format", "jsonld").Output);
        var nodes = Nodes(document);

        var toll = nodes["#gaza-death-toll"];
        toll.TryGetProperty("minValue", out _).ShouldBeFalse("'over 42,000' excludes 42,000, and minValue is inclusive");
        toll.GetProperty("fm:qualifier").GetString().ShouldBe("over");
        toll.GetProperty("fm:lowerBound").GetProperty("fm:inclusive").GetBoolean().ShouldBeFalse();
        var dead = nodes["#hostages-believed-dead"];
        dead.GetProperty("fm:share").GetProperty("fm:text").GetString().ShouldBe("1/3");
        dead.GetProperty("fm:of").GetProperty("@id").GetString().ShouldBe("#hostages-still-held");
        var summer = nodes["#mutual-accusations"];
        summer.TryGetProperty("startDate", out _).ShouldBeFalse("a season has no ISO 8601 form");
        summer.GetProperty("fm:date").GetString().ShouldBe("summer 2024");
    }

    [Fact]
    public void A_base_iri_makes_the_ids_absolute()
    {
        using var document = JsonDocument.Parse(Tool.Run("export", "--format", "jsonld", "--base", "https://example.org/article").Output);

        document.RootElement.GetProperty("@context").GetProperty("@base").GetString().ShouldBe("https://example.org/article");
    }
}
