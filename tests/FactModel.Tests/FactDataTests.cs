using System.Text;
using FactModel.Core.Parsing;
using FactModel.Data;
using FactModel.Specs;
using FactModel.Tests.Facts;
using FactModel.Validation;

namespace FactModel.Tests;

/// <summary>
/// The data generated models carry their facts in: every field of every fact survives writing and reading, whatever
/// the text, and damaged data fails loudly instead of building wrong facts.
/// </summary>
public class FactDataTests
{
    [Fact]
    public void Every_fact_of_the_compiled_seed_model_holds_every_field_its_file_states()
    {
        int compared = 0;
        foreach (string path in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "facts"), "*.yaml"))
        {
            var parsed = FactFileParser.Parse(path, File.ReadAllText(path), cancellationToken: TestContext.Current.CancellationToken);
            foreach (var spec in parsed.Facts)
            {
                FactCatalog.TryGet(spec.Id, out var fact).ShouldBeTrue(spec.Id);
                // The data of a fact states every field but positions: equal data, equal facts.
                Data(FactValidator.ToSpec(fact!)).ShouldBe(Data(spec), spec.Id);
                compared++;
            }
        }
        compared.ShouldBe(FactCatalog.All.Count);
    }

    [Fact]
    public void Values_over_time_rounded_numbers_and_wholes_the_text_does_not_count_survive_writing_and_reading()
    {
        const string yaml = """
            actors:
              - { id: ministry, kind: organization, name: Ministry }
              - { id: commanders, kind: group, description: his senior commanders }
            figures:
              - id: toll
                measure: the dead
                kind: cumulative
                unit: people
                source: { document: doc, quote: "the dead" }
                values:
                  - { value: 43000, qualifier: over, as-of: 2024-11-20, according-to: ministry, source: { document: doc, quote: "over 43,000" } }
                  - { value: 42 thousand, as-of: 2024-10-22 }
                  - { value: 41000, precision: rounded }
              - { id: population, measure: population, value: 2.3 million, precision: exact }
              - { id: killed, measure: commanders killed, share: most, of: commanders }
              - { id: officers, measure: officers killed, share: 1/3, of: the officers of the unit }
            """;
        var parsed = FactFileParser.Parse("facts/f.yaml", yaml, cancellationToken: TestContext.Current.CancellationToken);
        parsed.Diagnostics.ShouldBeEmpty(string.Join("\n", parsed.Diagnostics));
        string data = string.Concat(parsed.Facts.Select(f => FactDataWriter.Write(f, Resolves)));
        Fact[] facts = null!;
        facts = FactData.Read(parsed.Facts.Count, id => facts.FirstOrDefault(f => f.Id == id), Encoding.UTF8.GetBytes(data));

        var toll = (Figure)facts.Single(f => f.Id == "toll");
        toll.Values.Select(v => v.ToString()).ShouldBe(new[] { "41,000\u00B1500 people", "42,000\u00B1500 people as of 2024-10-22", "over 43,000 people as of 2024-11-20" });
        toll.Value.ToString().ShouldBe("over 43,000 people");
        toll.AccordingTo!.Id.ShouldBe("ministry");
        toll.Values[2].Sources.ShouldHaveSingleItem().Quote.ShouldBe("over 43,000");
        toll.Sources.Select(x => x.Quote).ShouldBe(new[] { "the dead", "over 43,000" });
        ((Figure)facts.Single(f => f.Id == "population")).Value.RoundedTo.ShouldBeNull();
        ((Figure)facts.Single(f => f.Id == "killed")).OfGroup!.Id.ShouldBe("commanders");
        ((Figure)facts.Single(f => f.Id == "officers")).OfDescription.ShouldBe("the officers of the unit");
        foreach (var spec in parsed.Facts)
            FactDataWriter.Write(FactValidator.ToSpec(facts.Single(f => f.Id == spec.Id)), Resolves).ShouldBe(FactDataWriter.Write(spec, Resolves), spec.Id);

        static bool Resolves(Reference reference, string? expected) =>
            expected is null || (reference.Id is "ministry" or "commanders" ? expected == "actor" : expected == "figure");
    }

    public static TheoryData<string> HostileTexts => new()
    {
        "a|b", "^", "^0041", "a^b|c^", "|", "", "tab\there", "NUL\0", "\u001F\u001E\u001B", "\u007F",
        "lone \uD800 high", "lone \uDC00 low", "pair \uD83D\uDE00", "\uDC00\uD800", "Ḥasan حسن 中文", "quote \" here",
        "bidi \u202E override \u2066 isolate", "line \u2028 paragraph \u2029 next \u0085", "private \uE000",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Any_text_reads_back_exactly_from_utf8_and_from_string_data(string text)
    {
        var spec = new PlaceSpec { Id = "p", Name = text, Description = text, Aliases = new[] { text, text }.ToEquatableArray(),
            Sources = new[] { new SourceSpec("doc", default, text, default) }.ToEquatableArray(), Notes = text };
        string data = FactDataWriter.Write(spec, (_, _) => true);

        // The data is valid UTF-16 (no lone surrogate left), so a u8 literal can hold it, and plain: it can stand in a
        // verbatim literal (no quote) on one line (no line break) and shows nothing it does not say (no control or bidi).
        Should.NotThrow(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(data));
        data.ShouldNotContain('"');
        data.Where(c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator).ShouldBeEmpty();

        foreach (var place in new[] { Read(data), FactData.Read(1, _ => null, data)[0] }.Cast<Place>())
        {
            new[] { place.Name, place.Description, place.Aliases[0], place.Aliases[1], place.Sources[0].Quote, place.Notes }
                .ShouldAllBe(value => value == text);
        }
    }

    [Fact]
    public void Null_and_empty_are_told_apart()
    {
        var spec = new PlaceSpec { Id = "p", Name = "", Description = null, Notes = "" };

        var place = (Place)Read(FactDataWriter.Write(spec, (_, _) => true));

        place.Name.ShouldBe("");
        place.Description.ShouldBeNull();
        place.Notes.ShouldBe("");
    }

    [Fact]
    public void References_resolve_through_the_lookup_and_unresolved_optional_ones_are_left_out()
    {
        var whole = new PlaceSpec { Id = "whole", Name = "Whole" };
        var part = new PlaceSpec { Id = "part", Name = "Part", Within = new[] { new Reference("whole", default), new Reference("nowhere", default) }.ToEquatableArray() };
        string data = FactDataWriter.Write(whole, Resolves) + FactDataWriter.Write(part, Resolves);
        Fact[] facts = null!;
        facts = FactData.Read(2, id => facts.FirstOrDefault(f => f.Id == id), Encoding.UTF8.GetBytes(data));

        ((Place)facts[1]).Within.ShouldHaveSingleItem().ShouldBeSameAs(facts[0]);

        static bool Resolves(Reference reference, string? expected) => reference.Id != "nowhere";
    }

    [Theory]
    [InlineData(2, "L|p|Name||||||||")]      // fewer facts than it says
    [InlineData(1, "L|p|Name|||||||||L|")]   // more
    [InlineData(1, "L|p|Name")]              // cut inside a fact
    [InlineData(1, "X|p|")]                  // no such kind
    [InlineData(1, "F|f|Measure|x|")]        // no such kind of quantity
    public void Damaged_data_throws_a_format_exception(int count, string data)
    {
        Should.Throw<FormatException>(() => FactData.Read(count, _ => null, Encoding.UTF8.GetBytes(data)));
    }

    private static string Data(FactSpec spec) => FactDataWriter.Write(spec, (_, _) => true);

    private static Fact Read(string data) => FactData.Read(1, _ => null, Encoding.UTF8.GetBytes(data)).Single();
}
