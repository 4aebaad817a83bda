using System.Text.Json;
using FactModel.Cli;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// FM1001 in plain words: each usual YAML mistake is reported at the line and column a person must edit, with a
/// sentence that says what is wrong and the YAML reader's own words at the end. The command-line tool, which runs the
/// same parser, must report the same place and message.
/// </summary>
public class YamlMistakeTests
{
    [Fact]
    public void An_unclosed_double_quote_is_reported_at_the_opening_quote()
    {
        var d = Malformed("actors:\n  - id: a\n    kind: group\n    name: \"Unclosed name\n    notes: x\n");

        d.ShouldBe((4, 11, "The quoted text \"Unclosed name is never closed; add the closing \" where the text ends (the YAML reader says: While scanning a multi-line double-quoted scalar, found wrong indentation.)"));
    }

    [Fact]
    public void An_unclosed_single_quote_at_the_end_of_the_file_is_reported_at_the_opening_quote()
    {
        var d = Malformed("actors:\n  - id: a\n    kind: group\n    name: 'Unclosed name\n");

        d.Line.ShouldBe(4);
        d.Column.ShouldBe(11);
        d.Message.ShouldStartWith("The quoted text 'Unclosed name is never closed; add the closing ' where the text ends");
    }

    [Fact]
    public void An_unclosed_bracket_at_the_end_of_the_file_is_reported_at_the_bracket()
    {
        var d = Malformed("actors:\n  - id: hamas\n    kind: [group\n");

        d.ShouldBe((3, 11, "The list that opens with '[' here is never closed; add ']' after its last item (the YAML reader says: While parsing a flow sequence, did not find expected ',' or ']'.)"));
    }

    [Fact]
    public void An_unclosed_brace_followed_by_more_keys_is_reported_at_the_brace()
    {
        var d = Malformed("actors:\n  - id: hamas\n    kind: group\n    source: { document: doc, quote: Hamas\n    name: Hamas\n");

        d.Line.ShouldBe(4);
        d.Column.ShouldBe(13);
        d.Message.ShouldStartWith("The mapping that opens with '{' here is never closed; add '}' after its last entry (the YAML reader ");
    }

    [Fact]
    public void A_key_indented_one_space_too_far_is_reported_at_that_key()
    {
        var d = Malformed("actors:\n  - id: hamas\n    kind: group\n     name: Hamas\n");

        d.ShouldBe((4, 6, "'name' is indented 5 spaces; the other keys of this fact are indented 4 (the YAML reader says: While scanning a plain scalar value, found invalid mapping.)"));
    }

    [Fact]
    public void A_key_indented_one_space_too_little_is_reported_at_that_key()
    {
        var d = Malformed("actors:\n  - id: hamas\n    kind: group\n   name: Hamas\n");

        d.Line.ShouldBe(4);
        d.Column.ShouldBe(4);
        d.Message.ShouldStartWith("'name' is indented 3 spaces; the other keys of this fact are indented 4 (the YAML reader says: ");
    }

    [Fact]
    public void A_tab_is_reported_where_it_is()
    {
        var d = Malformed("actors:\n  - id: hamas\n\tkind: group\n");

        d.ShouldBe((3, 1, "Line 3 is indented with a tab; YAML indents with spaces only: replace the tab with spaces (the YAML reader says: While scanning a plain scalar, found a tab character that violate indentation.)"));
    }

    [Fact]
    public void A_missing_space_after_a_colon_is_reported_where_the_space_goes()
    {
        var d = Malformed("actors:\n  - id: hamas\n    kind:group\n    name: Hamas\n");

        d.ShouldBe((3, 10, "'kind:group' needs a space after the colon to be a key and its value: write 'kind: group' (the YAML reader says: While parsing a block mapping, did not find expected key.)"));
    }

    [Fact]
    public void A_missing_space_after_a_colon_is_found_on_the_line_before_the_one_the_reader_stopped_at()
    {
        var d = Malformed("actors:\n  - id:hamas\n    kind: group\n");

        d.Line.ShouldBe(2);
        d.Column.ShouldBe(8);
        d.Message.ShouldStartWith("'id:hamas' needs a space after the colon to be a key and its value: write 'id: hamas'");
    }

    [Fact]
    public void A_key_without_its_colon_and_value_is_reported_at_the_key()
    {
        var d = Malformed("actors:\n  - id: hamas\n    kind\n    name: Hamas\n");

        d.ShouldBe((3, 5, "'kind' is written where a key and its value belong; write 'kind: <value>', or remove the line (the YAML reader says: While parsing a block mapping, did not find expected key.)"));
    }

    [Fact]
    public void A_list_item_among_the_keys_of_a_mapping_is_reported_at_its_dash()
    {
        var d = Malformed("actors:\n  - id: hamas\n    kind: group\n    - name: Hamas\n");

        d.ShouldBe((4, 5, "A list item is mixed into a mapping: the lines above it at this indentation (4 spaces) are keys; remove the '- ', or put the list under a key of its own (the YAML reader says: While parsing a block mapping, did not find expected key.)"));
    }

    [Fact]
    public void A_key_and_value_on_the_line_of_the_key_they_belong_under_is_reported_at_the_inner_key()
    {
        var d = Malformed("actors:\n  - id: a\n    kind: group\n    name: A\n    source: document: doc\n");

        d.ShouldBe((5, 13, "'document:' cannot follow 'source:' on the same line; put 'document: ...' on a line of its own, indented under 'source', or write 'source: { document: ... }' (the YAML reader says: While scanning a plain scalar value, found invalid mapping.)"));
    }

    [Fact]
    public void Text_among_list_items_without_a_dash_is_reported_at_the_text()
    {
        var d = Malformed("places:\n  - id: g\n    name: G\n    within:\n      - x\n      y\n");

        d.ShouldBe((6, 7, "'y' is among the items of a list but does not start with '- '; write '- y' (the YAML reader says: While parsing a block collection, did not find expected '-' indicator.)"));
    }

    [Fact]
    public void A_mistake_that_is_not_recognized_keeps_the_readers_words()
    {
        var d = Malformed("actors:\n  - id: a\n    name: &x A\n    kind: *y\n");

        d.Message.ShouldStartWith("Malformed YAML: ");
    }

    /// <summary>The single FM1001 of <paramref name="yaml"/> as (line, column, message), one-based, checked to be the same in the CLI.</summary>
    private static (int Line, int Column, string Message) Malformed(string yaml)
    {
        var result = new GeneratorHarness(new[] { InputText.Facts("facts/test.yaml", yaml) }).Run();
        var diagnostic = result.Diagnostics.Where(d => d.Id == "FM1001").ShouldHaveSingleItem(Snapshots.Describe(result.Diagnostics));
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        var fromGenerator = (start.Line + 1, start.Character + 1, diagnostic.GetMessage());

        FromCli(yaml).ShouldBe(fromGenerator, "the CLI reports what the generator reports");
        return fromGenerator;
    }

    private static (int, int, string) FromCli(string yaml)
    {
        string directory = Path.Combine(Path.GetTempPath(), "factmodel-yaml-mistakes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "facts"));
        File.WriteAllText(Path.Combine(directory, "facts", "test.yaml"), yaml);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            FactModelCli.Run(new[] { "check", "--format", "json" }, output, error, directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        using var json = JsonDocument.Parse(output.ToString());
        var d = json.RootElement.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "FM1001");
        return (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("message").GetString()!);
    }
}
