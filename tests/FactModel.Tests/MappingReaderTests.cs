using FactModel.Core.Parsing;
using FactModel.Specs;

namespace FactModel.Tests;

/// <summary>
/// The parser remembers which keys of a mapping it read with a bit per key up to 64 keys, and an array past that:
/// a mapping longer than that reads and reports the keys on both sides alike.
/// </summary>
public class MappingReaderTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(70)]
    public void Every_unknown_key_is_reported_and_a_known_one_read_however_long_the_mapping(int unknownKeys)
    {
        var yaml = string.Concat(Enumerable.Range(0, unknownKeys).Select(i => $"x{i}: 1\n"))
            + "actors:\n  - id: hamas\n    kind: group\n    name: Hamas\n    source: { document: d, quote: q }\n"
            + "y: 1\n";

        var parsed = FactFileParser.Parse("facts/f.yaml", yaml, cancellationToken: TestContext.Current.CancellationToken);

        parsed.Facts.ShouldHaveSingleItem().Id.ShouldBe("hamas");
        var unknown = parsed.Diagnostics.Where(d => d.Id == "FM1002").ToList();
        parsed.Diagnostics.Count.ShouldBe(unknown.Count, string.Join("\n", parsed.Diagnostics));
        unknown.Select(d => d.Span.StartLine).ShouldBe(Enumerable.Range(0, unknownKeys).Append(unknownKeys + 5));
        unknown[^1].Message.ShouldContain("'y'");
    }

    [Theory]
    [InlineData("kind: group", "FM1003")]
    [InlineData("id: Hamas", "FM1006")]
    public void A_fact_without_a_valid_id_still_reads_its_source(string firstLine, string expected)
    {
        // Without a valid id no fact is made, but its source is read: it is not reported as an unknown key.
        string yaml = $"actors:\n  - {firstLine}\n    name: Hamas\n    source: {{ document: d, quote: q }}\n";
        if (firstLine.StartsWith("id", StringComparison.Ordinal)) yaml = yaml.Replace("    name:", "    kind: group\n    name:", StringComparison.Ordinal);

        var parsed = FactFileParser.Parse("facts/f.yaml", yaml, cancellationToken: TestContext.Current.CancellationToken);

        parsed.Facts.ShouldBeEmpty();
        parsed.Diagnostics.ShouldHaveSingleItem(string.Join("\n", parsed.Diagnostics)).Id.ShouldBe(expected);
    }
}
