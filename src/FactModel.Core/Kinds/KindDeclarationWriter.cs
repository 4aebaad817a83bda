using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactModel.Specs;

namespace FactModel.Core.Kinds;

/// <summary>
/// Writes kind declarations as the <c>kinds:</c> section of a fact file, the form a project declares its own kinds
/// in: what <see cref="KindDeclarationReader"/> reads back into the same declarations. Every text is written as a
/// double-quoted YAML scalar, escaped, so that no description can change the structure.
/// </summary>
public static class KindDeclarationWriter
{
    /// <summary>The YAML of <paramref name="kinds"/>.</summary>
    public static string Write(IEnumerable<KindDeclaration> kinds)
    {
        var yaml = new StringBuilder("kinds:\n");
        foreach (var kind in kinds)
        {
            yaml.Append("  - id: ").Append(kind.Id).Append('\n');
            if (kind.Section is not null) yaml.Append("    section: ").Append(kind.Section).Append('\n');
            if (kind.Extends is not null) yaml.Append("    extends: ").Append(kind.Extends).Append('\n');
            if (kind.Abstract) yaml.Append("    abstract: true\n");
            if (kind.Entry) yaml.Append("    entry: true\n");
            if (!kind.OneOf.IsEmpty)
                yaml.Append("    one-of: [").Append(string.Join(", ", kind.OneOf.Select(g => "[" + string.Join(", ", g) + "]"))).Append("]\n");
            if (kind.Description is not null) yaml.Append("    description: ").Append(Quoted(kind.Description)).Append('\n');
            if (kind.Fields.IsEmpty) continue;
            yaml.Append("    fields:\n");
            foreach (var field in kind.Fields) yaml.Append("      - ").Append(Field(field)).Append('\n');
        }
        return yaml.ToString();
    }

    private static string Field(FieldDeclaration field)
    {
        var parts = new List<string> { "key: " + field.Key, "type: " + FieldTypeWords.Of(field) };
        if (!field.Values.IsEmpty) parts.Add("values: [" + string.Join(", ", field.Values) + "]");
        if (field.List) parts.Add("list: true");
        if (field.Required) parts.Add("required: true");
        if (field.Default is not null) parts.Add("default: " + Quoted(field.Default));
        if (field.Cycles != CycleRule.Allowed) parts.Add("cycles: " + Kebab.FromPascalCase(field.Cycles.ToString()));
        if (field.OrKind is not null) parts.Add("or: " + field.OrKind);
        if (field.OrText) parts.Add("or-text: true");
        if (field.Typed) parts.Add("typed: true");
        if (field.Description is not null) parts.Add("description: " + Quoted(field.Description));
        return "{ " + string.Join(", ", parts) + " }";
    }

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (c < ' ' || c is '\u0085' or '\u2028' or '\u2029') quoted.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
