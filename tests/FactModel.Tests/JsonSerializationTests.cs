using System.Text.Json;
using System.Text.Json.Nodes;
using FactModel.Tests.Facts;

namespace FactModel.Tests;

/// <summary>
/// <see cref="JsonSerializer"/> with default options writes facts as <c>factmodel export --format json</c> does:
/// references as ids (so cycles write finitely), enums as the format's words, values with their qualifiers and bounds,
/// and the runtime type's fields whatever the static type. Declared kinds ("Your own kinds") do not exist yet.
/// </summary>
public class JsonSerializationTests
{
    /// <summary>The export of the seed facts, as approved in the command-line tool's snapshot tests.</summary>
    private static readonly JsonObject Export = JsonNode.Parse(File.ReadAllText(
        RepositoryFiles.Path("tests/FactModel.Cli.Tests/Snapshots/ExportTests.The_seed_article_exports_in_every_format_json.approved.json")))!.AsObject();

    public static TheoryData<string> SeedIds => new(FactCatalog.All.Select(f => f.Id));

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_seed_fact_serializes_as_the_export_writes_it(string id)
    {
        FactCatalog.TryGet(id, out var fact).ShouldBeTrue();
        var exported = new[] { "actors", "places", "events", "figures" }
            .SelectMany(section => Export[section]!.AsArray()).Single(f => (string?)f!["id"] == id);

        var serialized = JsonNode.Parse(JsonSerializer.Serialize(fact));

        JsonNode.DeepEquals(serialized, exported).ShouldBeTrue($"{serialized}\n---\n{exported}");
    }

    [Fact]
    public void A_leader_and_party_that_refer_to_each_other_serialize_without_a_cycle()
    {
        Group? party = null;
        var leader = new Person("tomas-brenner", "Tomas Brenner", roles: new[] { new Role("leader", new FactRef<Actor>(() => party!)) });
        party = new Group("civic-union", "Civic Union", ledBy: leader);

        var leaderJson = JsonNode.Parse(JsonSerializer.Serialize(leader))!;
        var partyJson = JsonNode.Parse(JsonSerializer.Serialize(party))!;

        ((string?)leaderJson["roles"]![0]!["of"]).ShouldBe("civic-union");
        ((string?)partyJson["led-by"]).ShouldBe("tomas-brenner");
        ((string?)partyJson["kind"]).ShouldBe("group");
    }

    [Fact]
    public void Events_that_come_after_each_other_and_places_within_each_other_serialize_as_ids()
    {
        Event? second = null;
        var first = new Event("first", "First", after: new[] { new FactRef<Event>(() => second!) });
        second = new Event("second", "Second", after: new[] { new FactRef<Event>(first) }, partOf: first);
        Place? outer = null;
        var inner = new Place("inner", "Inner", within: new[] { new FactRef<Place>(() => outer!) });
        outer = new Place("outer", "Outer", within: new[] { new FactRef<Place>(inner) });

        JsonSerializer.Serialize(first).ShouldContain("\"after\":[\"second\"]");
        JsonSerializer.Serialize(second).ShouldContain("\"part-of\":\"first\"");
        JsonSerializer.Serialize(inner).ShouldContain("\"within\":[\"outer\"]");
        JsonSerializer.Serialize(outer).ShouldContain("\"within\":[\"inner\"]");
    }

    public static TheoryData<string> OneOfEachType => new(FactCatalog.All.GroupBy(f => f.GetType()).Select(g => g.First().Id));

    [Theory]
    [MemberData(nameof(OneOfEachType))]
    public void Every_type_of_fact_writes_its_own_fields_through_any_static_type(string id)
    {
        FactCatalog.TryGet(id, out var fact).ShouldBeTrue();
        string exact = JsonSerializer.Serialize(fact, fact!.GetType());

        JsonSerializer.Serialize<Fact>(fact).ShouldBe(exact);
        JsonSerializer.Serialize<object>(fact).ShouldBe(exact);
        JsonNode.Parse(exact)!["type"]!.GetValue<string>().ShouldBe(fact.GetType().Name);
        if (fact is Actor actor) JsonSerializer.Serialize<Actor>(actor).ShouldBe(exact);
    }

    [Fact]
    public void A_figure_through_a_fact_typed_variable_keeps_its_value_qualifier_and_bounds()
    {
        Fact toll = Figures.GazaDeathToll;

        var json = JsonNode.Parse(JsonSerializer.Serialize(toll))!;

        ((string?)json["type"]).ShouldBe("Figure");
        ((string?)json["value"]!["qualifier"]).ShouldBe("over");
        json["value"]!["lower-bound"]!.ToJsonString().ShouldBe("{\"value\":42000,\"inclusive\":false}");
        json["value"]!["upper-bound"].ShouldBeNull();
        ((string?)json["according-to"]).ShouldBe("local-health-authorities");
    }

    [Fact]
    public void Lists_of_facts_and_values_on_their_own_use_the_same_shape()
    {
        JsonNode.Parse(JsonSerializer.Serialize(Actors.All))!.AsArray().Count.ShouldBe(Actors.All.Count);
        JsonSerializer.Serialize(Qualifier.MoreThan).ShouldBe("\"more-than\"");
        JsonSerializer.Serialize(ActorKind.Organization).ShouldBe("\"organization\"");
        JsonSerializer.Serialize(PartialDate.FromDay(2024, 10, 22)).ShouldBe("\"2024-10-22\"");
        JsonSerializer.Serialize(new Bound(3, inclusive: true)).ShouldBe("{\"value\":3,\"inclusive\":true}");
        JsonSerializer.Serialize(Share.Percent(90, Qualifier.Around)).ShouldContain("\"qualifier\":\"around\"");
        JsonSerializer.Serialize(Actors.YahyaSinwar.Roles[0]).ShouldBe("{\"title\":\"leader\",\"of\":\"hamas\",\"from\":null,\"until\":null}");
    }

    [Fact]
    public void Reading_a_fact_from_json_says_to_look_it_up_by_id_instead()
    {
        var e = Should.Throw<NotSupportedException>(() => JsonSerializer.Deserialize<Fact>("{\"id\":\"hamas\"}"));

        e.Message.ShouldContain("FactCatalog.TryGet");
    }
}
