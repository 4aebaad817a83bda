using System.Text.RegularExpressions;
using FactModel.Specs;

namespace FactModel.Tests;

/// <summary>
/// The scalar forms are scanned by hand (for speed); these pin them to the regular expressions the format was defined
/// by, on the edge cases of each (a final line feed, white space, hyphens, scale words). An id or a Wikidata id ends
/// where its text ends (<c>\z</c>): the definition's '$' also let one end before a final line feed, which the scanner
/// no longer allows (an id written as a block scalar kept its line feed).
/// </summary>
public class ScalarFormsTests
{
    private static readonly Regex Id = new(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant);
    private static readonly Regex Number = new(@"^-?[0-9]+(\.[0-9]+)?( (thousand|million|billion))?$", RegexOptions.CultureInvariant);
    private static readonly Regex Wikidata = new(@"^Q[1-9][0-9]*\z", RegexOptions.CultureInvariant);

    public static TheoryData<string> Texts => new()
    {
        "", "a", "z9", "antony-blinken", "october-7-attack", "a-", "-a", "a--b", "a-b-", "A", "aB", "a_b", "a b", "1a", "a\n", "a\n\n",
        "\na", "a-b\n", "a\r\n", "é", "a-é", "covid-19", "q1", "Q1", "Q0", "Q", "Q12\n", "Q1a", "Q01", " Q1",
        "0", "-0", "-", "--1", "1.", ".5", "1.5", "1.50", "-40", "42000", "250", "7.5", " 12 ", "\t12\n", "12\n", "1,200", "1e3",
        "2.3 million", "2.0 million", "42 thousand", "1 billion", "1  million", "1 Million", "1 millions", "1 million ", "1 million\n",
        "million", "1 trillion", "1 ", "1.5.2", "+1", "٣", "99999999999999999999999999999999", "12 thousand\nx",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Ids_and_words_are_the_kebab_case_of_the_definition(string text)
    {
        ScalarForms.IsValidId(text).ShouldBe(Id.IsMatch(text));
        ScalarForms.IsKebabWord(text).ShouldBe(Id.IsMatch(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Wikidata_ids_are_those_of_the_definition(string text) => ScalarForms.IsWikidataId(text).ShouldBe(Wikidata.IsMatch(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Numbers_are_those_of_the_definition_with_their_scale(string text)
    {
        var match = Number.Match(text.Trim());
        decimal digits = 0;
        ScalarForms.TryParseNumber(text, out decimal value).ShouldBe(match.Success && decimal.TryParse(
            match.Groups[3].Success ? text.Trim().Substring(0, text.Trim().IndexOf(' ')) : text.Trim(),
            System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out digits));
        if (match.Success && match.Groups[3].Success)
            value.ShouldBe(digits * match.Groups[3].Value switch { "thousand" => 1_000m, "million" => 1_000_000m, _ => 1_000_000_000m });
        ScalarForms.HasScaleWord(text).ShouldBe(match.Success && match.Groups[3].Success);
    }

    [Theory]
    [InlineData("2.3 million", 100_000)]
    [InlineData("2.0 million", 100_000)]
    [InlineData(" 42000 ", 1_000)]
    [InlineData("42 thousand", 1_000)]
    [InlineData("7.50", 0.01)]
    [InlineData("-0", 1)]
    [InlineData("1 billion", 1_000_000_000)]
    public void The_written_unit_reads_the_number_without_its_white_space(string written, decimal unit) =>
        ScalarForms.WrittenUnit(written).ShouldBe(unit);

    [Fact]
    public void An_id_written_as_a_block_scalar_keeps_no_line_feed_into_the_model()
    {
        // "id: |" reads as "hamas\n": refused as an id, with the kebab-case it could be, and no fact made of it. Its
        // source is still read: the one diagnostic is the id's, not also "unknown key 'source'".
        const string Yaml = "actors:\n  - id: |\n      hamas\n    kind: organization\n    name: Hamas\n    source: { document: d, quote: q }\n";

        var parsed = FactModel.Core.Parsing.FactFileParser.Parse("facts/f.yaml", Yaml, cancellationToken: TestContext.Current.CancellationToken);

        parsed.Facts.ShouldBeEmpty();
        var invalid = parsed.Diagnostics.ShouldHaveSingleItem();
        invalid.Id.ShouldBe("FM1006");
        invalid.Span.StartLine.ShouldBe(1);
        invalid.Message.ShouldStartWith(@"'hamas\n' is not a valid id");
        invalid.Message.ShouldContain("such as 'hamas'");
    }
}
