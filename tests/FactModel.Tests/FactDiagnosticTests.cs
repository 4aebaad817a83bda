using FactModel.Validation;

namespace FactModel.Tests;

/// <summary>A diagnostic's message is one line: the invisible characters of the values it quotes are shown as escapes.</summary>
public class FactDiagnosticTests
{
    [Theory]
    [InlineData("hamas\n", @"'hamas\n'")]
    [InlineData("a\r\nb", @"'a\r\nb'")]
    [InlineData("tab\there", @"'tab\there'")]
    [InlineData("bell\u0007 nel\u0085 ls\u2028", @"'bell\u0007 nel\u0085 ls\u2028'")]
    public void Control_characters_in_a_value_are_written_as_escapes(string id, string shown)
    {
        var diagnostic = FactDiagnostic.Create(DiagnosticCatalog.InvalidId, "facts/f.yaml", default, id, "hamas");

        diagnostic.Message.ShouldStartWith(shown + " is not a valid id");
        diagnostic.Message.ShouldNotContain(c => char.IsControl(c) || c == '\u2028');
    }

    [Fact]
    public void A_value_without_control_characters_is_quoted_as_it_is()
    {
        object[] args = { @"C:\facts\a b", "a-b" };

        var diagnostic = FactDiagnostic.Create(DiagnosticCatalog.InvalidId, "facts/f.yaml", default, args);

        diagnostic.Message.ShouldStartWith(@"'C:\facts\a b' is not a valid id");
        args[0].ShouldBe(@"C:\facts\a b");
    }
}
