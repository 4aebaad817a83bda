using System.Text;
using System.Text.Json;
using FactModel.Core.Kinds;
using FactModel.Core.Parsing;
using FactModel.Data;
using FactModel.Specs;

namespace FactModel.Tests;

/// <summary>
/// Fields added to a built-in kind (<see cref="FieldDeclaration.Typed"/> false): declared in <see cref="BuiltInKinds"/>
/// and read by the runtime type by key, with nothing else written for them. The parser reads them by their
/// declaration, the data writes them by key and type, and the reader hands them to <see cref="Fact.AddedValues"/>.
/// <c>wikidata</c> on events is one.
/// </summary>
public class AddedFieldTests
{
    [Fact]
    public void An_event_s_wikidata_goes_from_the_yaml_to_its_runtime_property_and_json()
    {
        const string yaml = """
            events:
              - id: visit
                title: Blinken arrives in Israel
                wikidata: Q4115189
              - id: talks
                title: Ceasefire talks
            """;
        var parsed = FactFileParser.Parse("facts/events.yaml", yaml, cancellationToken: TestContext.Current.CancellationToken);

        parsed.Diagnostics.ShouldBeEmpty(string.Join("\n", parsed.Diagnostics));
        var value = parsed.Facts[0].DeclaredValues.ShouldHaveSingleItem();
        value.Field.ShouldBeSameAs(BuiltInKinds.Catalog.Field(BuiltInKinds.Event, "wikidata"));
        value.Items.ShouldHaveSingleItem().Text.ShouldBe("Q4115189");
        parsed.Facts[1].DeclaredValues.IsEmpty.ShouldBeTrue();

        var events = ReadBack(parsed.Facts);
        events[0].ShouldBeOfType<Event>().Wikidata.ShouldBe("Q4115189");
        events[1].ShouldBeOfType<Event>().Wikidata.ShouldBeNull();
        JsonSerializer.Serialize<Fact>(events[0]).ShouldContain("\"wikidata\":\"Q4115189\",\"sources\"");
        JsonSerializer.Serialize<Fact>(events[1]).ShouldContain("\"wikidata\":null,\"sources\"");

        // As a generated model reads it: the head of a fact with added values has its title, and its values come
        // with its rest.
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", parsed.Facts.Select(f => FactDataWriter.Write(f, (_, _) => true))));
        var chunk = new FactChunk(2, _ => null, (c, _) => c.Load(bytes), 0);
        var head = chunk[0].ShouldBeOfType<Event>();
        (head.Title, head.IsWhole).ShouldBe(("Blinken arrives in Israel", false));
        head.Wikidata.ShouldBe("Q4115189");
        head.IsWhole.ShouldBeTrue();
        ((Event)chunk[1]).Wikidata.ShouldBeNull();
    }

    [Fact]
    public void A_wrong_value_of_an_added_field_is_reported_at_its_line_and_the_fact_still_builds()
    {
        const string yaml = """
            events:
              - id: visit
                title: Blinken arrives in Israel
                wikidata: 4115189
            """;
        var parsed = FactFileParser.Parse("facts/events.yaml", yaml, cancellationToken: TestContext.Current.CancellationToken);

        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("FM1004");
        (diagnostic.Span.StartLine + 1, diagnostic.Span.StartColumn + 1).ShouldBe((4, 15));
        diagnostic.Message.ShouldContain("'4115189'");
        parsed.Facts.ShouldHaveSingleItem().Id.ShouldBe("visit");
    }

    [Fact]
    public void A_project_cannot_mark_its_own_fields_typed()
    {
        const string yaml = """
            kinds:
              - id: report
                section: reports
                fields:
                  - { key: total, type: number, typed: true }
            """;
        var declared = KindDeclarationReader.ReadFile("facts/kinds.yaml", yaml, null, FactModel.Core.Yaml.FactFileLimits.Default, TestContext.Current.CancellationToken);
        var (_, diagnostics) = ProjectKinds.Build(new[] { declared }, TestContext.Current.CancellationToken);

        diagnostics.ShouldContain(d => d.Id == "FM1010" && d.Message.Contains("'typed'"));
    }

    /// <summary>
    /// Every type an added field may have, on a place whose declaration has one field of each, written and read back:
    /// the reader needs no declaration, and each accessor of <see cref="FactValues"/> gives back the value.
    /// </summary>
    [Fact]
    public void Every_value_type_of_an_added_field_survives_the_data()
    {
        FieldDeclaration Field(string key, FieldType type, string? kind = null, bool list = false) => new(key, type, kind, List: list);
        var fields = new[]
        {
            Field("motto", FieldType.Text), Field("nicknames", FieldType.Text, list: true), Field("founded", FieldType.Number),
            Field("capital", FieldType.Boolean), Field("population", FieldType.Quantity), Field("urban", FieldType.Share),
            Field("held", FieldType.DateSpan), Field("twin", FieldType.Reference, "place"),
            Field("neighbours", FieldType.Reference, "place", list: true), Field("climate", FieldType.Word), Field("empty", FieldType.Text),
        };
        var place = BuiltInKinds.Place with { Fields = BuiltInKinds.Place.Fields.Concat(fields).ToEquatableArray() };
        var catalog = new KindCatalog(BuiltInKinds.All.Select(k => k.Id == "place" ? place : k).ToEquatableArray());
        catalog.UntypedFieldsOf(place).Select(f => f.Key).ShouldBe(fields.Select(f => f.Key));

        FieldValue Value(FieldDeclaration field, params DeclaredValue[] items) => new(field, items.ToEquatableArray(), default);
        var date = DateSpan.Between(PartialDate.FromYear(2020), PartialDate.FromMonth(2024, 10));
        var spec = new PlaceSpec
        {
            Id = "riverton", Name = "Riverton",
            DeclaredValues = new[]
            {
                Value(fields[0], new DeclaredValue { Text = "Onward | upward ^ \"always\"" }),
                Value(fields[1], new DeclaredValue { Text = "River City" }, new DeclaredValue { Text = "" }),
                Value(fields[2], new DeclaredValue { Number = 1820.5m }),
                Value(fields[3], new DeclaredValue { Boolean = false }),
                Value(fields[4], new DeclaredValue { Quantity = Quantity.Of(2.3m, Qualifier.About, "people") }),
                Value(fields[5], new DeclaredValue { Share = Share.Percent(90) }),
                Value(fields[6], new DeclaredValue { Date = date }),
                Value(fields[7], new DeclaredValue { Reference = new Reference("lakeside", default) }),
                Value(fields[8], new DeclaredValue { Reference = new Reference("lakeside", default) }, new DeclaredValue { Reference = new Reference("nowhere", default) }),
                Value(fields[9], new DeclaredValue { Text = "temperate" }),
            }.ToEquatableArray(),
        };
        var lakeside = new PlaceSpec { Id = "lakeside", Name = "Lakeside" };

        string data = FactDataWriter.Write(spec, (reference, _) => reference.Id == "lakeside", catalog) + FactDataWriter.Write(lakeside, (_, _) => true, catalog);
        data.ShouldStartWith("l|");
        Fact[] facts = null!;
        facts = FactData.Read(2, id => facts.FirstOrDefault(f => f.Id == id), Encoding.UTF8.GetBytes(data));

        var values = facts[0].AddedValues.ShouldNotBeNull();
        values.Text("motto").ShouldBe("Onward | upward ^ \"always\"");
        values.Texts("nicknames").ShouldBe(new[] { "River City", "" });
        values.Number("founded").ShouldBe(1820.5m);
        values.Boolean("capital").ShouldBe(false);
        values.Quantity("population").ShouldBe(Quantity.Of(2.3m, Qualifier.About, "people"));
        values.Share("urban").ShouldBe(Share.Percent(90));
        values.DateSpan("held").ShouldBe(date);
        values.Reference<Place>("twin").ShouldBeSameAs(facts[1]);
        // A reference that resolves to nothing is left out of the data, as the built-in fields' are.
        values.References<Place>("neighbours").ShouldBe(new[] { facts[1] });
        values.Text("climate").ShouldBe("temperate");
        values.Text("empty").ShouldBeNull();
        values.All.Select(v => v.Key).ShouldBe(fields.Select(f => f.Key));
        facts[1].AddedValues.ShouldNotBeNull().All.ShouldAllBe(v => v.Value == null || (v.Value is System.Collections.IEnumerable && !(v.Value is string)));
        // The built-in fields are where they were.
        facts[0].ShouldBeOfType<Place>().Name.ShouldBe("Riverton");
    }

    [Fact]
    public void Fields_are_added_only_to_the_kinds_whose_facts_have_a_section()
    {
        // The parser reads added fields after a section's facts, and entries, documents and 'fact' itself have no
        // reader for them: a field added there would be accepted and lost. Add it to actor, place, event or figure.
        foreach (var kind in BuiltInKinds.All.Where(k => k.Section is null || k.Id == BuiltInKinds.Document.Id))
            kind.Fields.Where(f => !f.Typed).Select(f => f.Key).ShouldBeEmpty(kind.Id);
    }

    private static Fact[] ReadBack(IReadOnlyList<FactSpec> specs)
    {
        string data = string.Concat(specs.Select(f => FactDataWriter.Write(f, (_, _) => true)));
        Fact[] facts = null!;
        facts = FactData.Read(specs.Count, id => facts.FirstOrDefault(f => f.Id == id), Encoding.UTF8.GetBytes(data));
        return facts;
    }
}
