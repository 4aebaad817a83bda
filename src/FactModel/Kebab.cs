using System;
using System.Text;

namespace FactModel;

/// <summary>
/// Conversions between the kebab-case words of fact files and C# names: <c>october-7-attack</c> ↔
/// <c>October7Attack</c>, <c>more-than</c> ↔ <see cref="Qualifier.MoreThan"/>.
/// </summary>
public static class Kebab
{
    /// <summary>
    /// <c>antony-blinken</c> → <c>AntonyBlinken</c>; <c>october-7-attack</c> → <c>October7Attack</c>. Where a hyphen
    /// separates two numbers it becomes '_', so that <c>report-1-10</c> (<c>Report1_10</c>) and <c>report-11-0</c>
    /// (<c>Report11_0</c>) keep distinct names.
    /// </summary>
    public static string ToPascalCase(string kebab)
    {
        // Never longer than the id (a hyphen is dropped or becomes '_'), so one array and the string, not a builder.
        var name = new char[kebab.Length];
        int length = 0;
        bool upper = true;
        for (int i = 0; i < kebab.Length; i++)
        {
            char c = kebab[i];
            if (c == '-')
            {
                if (length > 0 && char.IsDigit(name[length - 1]) && i + 1 < kebab.Length && char.IsDigit(kebab[i + 1])) name[length++] = '_';
                upper = true;
                continue;
            }
            name[length++] = upper ? char.ToUpperInvariant(c) : c;
            upper = false;
        }
        return new string(name, 0, length);
    }

    /// <summary><c>MoreThan</c> → <c>more-than</c>; <c>TensOfThousands</c> → <c>tens-of-thousands</c>.</summary>
    public static string FromPascalCase(string pascal) => Split(pascal, '-');

    /// <summary>
    /// The member of <typeparamref name="TEnum"/> a kebab-case word names (<c>more-than</c>: <c>MoreThan</c>), by name
    /// exactly: <c>Enum.TryParse</c> alone would also take numbers, lists of names and other cases.
    /// </summary>
    internal static bool TryParseWord<TEnum>(string word, out TEnum value) where TEnum : struct, Enum
    {
        string name = ToPascalCase(word);
        value = default;
        return Enum.IsDefined(typeof(TEnum), name) && Enum.TryParse(name, ignoreCase: false, out value);
    }

    /// <summary><c>Secretary of State</c> → <c>secretary-of-state</c>: words as a kebab-case word.</summary>
    public static string FromWords(string words) =>
        string.Join("-", words.ToLowerInvariant().Split(new[] { ' ', '\t', '-' }, System.StringSplitOptions.RemoveEmptyEntries));

    /// <summary><c>MoreThan</c> → <c>more than</c>.</summary>
    public static string ToWords(string pascal) => Split(pascal, ' ');

    private static string Split(string pascal, char separator)
    {
        var words = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0) words.Append(separator);
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
