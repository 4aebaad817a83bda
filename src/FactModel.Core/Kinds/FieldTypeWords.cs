using System;
using System.Linq;

namespace FactModel.Core.Kinds;

/// <summary>
/// The words that name field types in YAML (<c>type: date-span</c>). A type that is not one of them names a kind:
/// a reference to a fact of that kind, or, for an entry kind, an embedded entry.
/// </summary>
public static class FieldTypeWords
{
    private static readonly (string Word, FieldType Type)[] Words =
        Enum.GetValues(typeof(FieldType)).Cast<FieldType>()
            .Where(t => t is not (FieldType.Reference or FieldType.Entry))
            .Select(t => (Kebab.FromPascalCase(t.ToString()), t))
            .ToArray();

    /// <summary>The value types a project's own kinds may use, as written: every one but a fact's own id.</summary>
    public static readonly string[] ProjectWords = Words.Where(w => w.Type != FieldType.Id).Select(w => w.Word).ToArray();

    /// <summary>The type named <paramref name="word"/>, if it is a value type's name.</summary>
    public static bool TryParse(string word, out FieldType type)
    {
        foreach (var (w, t) in Words)
        {
            if (w != word) continue;
            type = t;
            return true;
        }
        type = default;
        return false;
    }

    /// <summary>How <paramref name="field"/>'s type is written: the value type's word, or the kind it names.</summary>
    public static string Of(FieldDeclaration field) =>
        field.Type is FieldType.Reference or FieldType.Entry ? field.Kind! : Kebab.FromPascalCase(field.Type.ToString());
}
