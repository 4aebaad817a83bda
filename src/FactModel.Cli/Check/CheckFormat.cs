namespace FactModel.Cli.Check;

/// <summary>The output formats of <c>factmodel check --format</c>.</summary>
internal static class CheckFormat
{
    /// <summary>For people: each diagnostic with the line it points at, and a summary.</summary>
    public const string Text = "text";

    /// <summary><c>file(line,col): error FMxxxx: message</c>, one a line, as MSBuild and the compiler print them.</summary>
    public const string MsBuild = "msbuild";

    /// <summary>GitHub Actions workflow commands, which annotate the lines of a pull request.</summary>
    public const string GitHub = "github";

    /// <summary>A JSON array of diagnostics (docs/cli.md gives its shape).</summary>
    public const string Json = "json";

    /// <summary>Every format, the default first.</summary>
    public static readonly string[] All = { Text, MsBuild, GitHub, Json };
}
