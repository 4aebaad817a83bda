using System.Text;

namespace FactModel.Generator.Emit;

/// <summary>
/// Hint names from a fact file's path relative to the project: <c>facts/actors.yaml</c> → <c>facts_actors.yaml.g.cs</c>,
/// <c>../facts/a.yaml</c> → <c>(up)_facts_a.yaml.g.cs</c>.
/// The mapping is one-to-one ('_' is doubled before separators become '_', other characters are escaped), so two <c>facts.yaml</c> in different folders
/// never collide, and it does not depend on where the repository is checked out.
/// </summary>
internal static class HintNames
{
    public static string For(string relativePath)
    {
        var name = new StringBuilder(relativePath.Length + 5);
        foreach (string segment in relativePath.Split('/'))
        {
            if (name.Length > 0) name.Append('_');
            if (segment == "..") name.Append("(up)");
            else Append(name, segment);
        }
        return name.Append(".g.cs").ToString();
    }

    private static void Append(StringBuilder name, string segment)
    {
        foreach (char c in segment)
        {
            if (c == '_') name.Append("__");
            else if (char.IsLetterOrDigit(c) && c < 128 || c == '.' || c == '-') name.Append(c);
            else name.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
        }
    }
}
