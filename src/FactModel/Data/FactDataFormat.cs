using System.Globalization;
using System.Text;

namespace FactModel.Data;

/// <summary>
/// The text form in which generated models carry their facts: one line of tokens per fact, each token ended by
/// <see cref="Separator"/>, fields in a fixed order per kind of fact (see FactDataWriter in FactModel.Core, and
/// <see cref="FactDataReader"/> which reads them back in the same order). Line breaks and indentation between facts
/// are layout, skipped by the reader.
/// </summary>
/// <remarks>
/// Why a data format at all: a model compiled as constructor calls costs the JIT about 50 µs a fact on first access,
/// and every string in it is a literal in the assembly's 16 MB string heap (CS8103 past about 50,000 facts). As
/// UTF-8 data (<c>"..."u8</c>, C# 11) the facts cost no JIT and sit outside that heap, and one loop builds them.
/// An empty token is null (or an empty list); <see cref="EmptyString"/> alone is the empty string. In text, the
/// separator, the escape character, the double quote, control and format characters (bidi controls, line and paragraph
/// separators), private-use and unassigned characters and lone surrogates are escaped as <see cref="Escape"/> and four
/// hexadecimal digits of their UTF-16 unit. So no input can end a token early or make invalid UTF-8, and a line of data
/// can stand as it is inside a C# verbatim string: nothing in it can end the literal or hide what the source says
/// (no Trojan Source).
/// </remarks>
internal static class FactDataFormat
{
    public const char Separator = '|';
    public const char Escape = '^';
    public const string EmptyString = "^";

    public static void AppendEscaped(StringBuilder data, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                data.Append(c).Append(text[++i]);
                continue;
            }
            if (NeedsEscape(text, i)) data.Append(Escape).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else data.Append(c);
        }
    }

    public static string Unescape(string token)
    {
        var text = new StringBuilder(token.Length);
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] == Escape && i + 4 < token.Length && int.TryParse(token.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int unit))
            {
                text.Append((char)unit);
                i += 4;
            }
            else
            {
                text.Append(token[i]);
            }
        }
        return text.ToString();
    }

    private static bool NeedsEscape(string text, int i)
    {
        char c = text[i];
        if (c is Separator or Escape or '"') return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
