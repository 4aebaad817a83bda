using System.Globalization;
using System.Text;

namespace FactModel.Generator.Emit;

/// <summary>
/// Turns values into C# source that no input can break out of: string literals escape quotes, backslashes, every
/// control and format character (line and paragraph separators, NUL, bidi controls: no Trojan Source) and lone
/// surrogates; XML doc text escapes markup and stays on one line.
/// </summary>
internal static class CSharp
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var literal = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': literal.Append("\\\""); continue;
                case '\\': literal.Append("\\\\"); continue;
                case '\n': literal.Append("\\n"); continue;
                case '\r': literal.Append("\\r"); continue;
                case '\t': literal.Append("\\t"); continue;
                case '\0': literal.Append("\\0"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                literal.Append(c).Append(value[++i]);
                continue;
            }
            if (NeedsEscape(c)) literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else literal.Append(c);
        }
        return literal.Append('"').ToString();
    }

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment: markup escaped, kept on one line, control and format characters dropped.</summary>
    public static string DocText(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                default:
                    if (char.IsWhiteSpace(c)) text.Append(' ');
                    else if (!NeedsEscape(c)) text.Append(c);
                    break;
            }
        }
        return text.ToString();
    }

    private static bool NeedsEscape(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return c == '\u0085';
        }
    }
}
