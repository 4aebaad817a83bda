using System.Globalization;
using System.Text;

namespace FactModel.Generator.Emit;

/// <summary>
/// Turns text into C# source that no input can break out of: XML doc text escapes markup, stays on one line, and drops
/// every control and format character (line and paragraph separators, NUL, bidi controls: no Trojan Source). The
/// facts' own text goes into the data literals, which <see cref="FactModel.Data.FactDataWriter"/> escapes.
/// </summary>
internal static class CSharp
{
    /// <summary>Text for an XML doc comment: markup escaped, kept on one line, control and format characters dropped.</summary>
    public static string DocText(string value) => AppendDocText(new StringBuilder(value.Length), value).ToString();

    /// <summary>The same, appended to <paramref name="text"/>; character by character, so text appended in pieces reads as the whole would.</summary>
    public static StringBuilder AppendDocText(StringBuilder text, string value)
    {
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
        return text;
    }

    /// <summary>A regular C# string literal of <paramref name="value"/>: quotes and backslashes escaped, every other character that is not plain printable ASCII as <c>\uXXXX</c>.</summary>
    public static string StringLiteral(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            if (c == '"' || c == '\\') text.Append('\\').Append(c);
            else if (c >= ' ' && c < '\u007F') text.Append(c);
            else text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return text.Append('"').ToString();
    }

    /// <summary>True for a character no generated text may hold as it is: control, format, separator, surrogate, private or unassigned.</summary>
    public static bool NeedsEscape(char c)
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
