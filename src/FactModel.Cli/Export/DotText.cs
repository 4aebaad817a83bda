namespace FactModel.Cli.Export;

/// <summary>Text inside Graphviz DOT: every id and label is a quoted string, with '\' and '"' escaped.</summary>
internal static class DotText
{
    /// <summary>A quoted DOT string.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "").Replace("\n", " ") + "\"";
}
