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
/// <para>
/// A fact starts with a code: <c>P</c>, <c>O</c>, <c>S</c>, <c>G</c> (the actors), <c>L</c> (a place), <c>E</c>,
/// <c>F</c> for the built-in kinds, each followed by its fields; <c>X</c> and <c>Y</c> for the kinds a project declares.
/// A built-in fact's first two fields are its id and the text of its display name (an actor's name, empty for an
/// unnamed one; a place's name; an event's title; a figure's measure): the reader builds a fact from them alone and
/// reads the rest of its line when it is first used (<see cref="FactDataReader.ReadHeads"/>).
/// </para>
/// <para>
/// The kinds a project declares:
/// </para>
/// <list type="bullet">
/// <item><c>X|kind|id|T|v1|…|vT|n|document|quote|…|notes|</c>: a kind that extends <c>fact</c> directly; its n
/// sources (a document and a quote each) and notes follow its declared part.</item>
/// <item><c>Y|kind|</c>built-in fact<c>T|v1|…|vT|</c>: a kind that extends a built-in kind, directly or through other
/// declared kinds. The built-in fact is written as any other (its code, its fields, its sources and notes) and holds
/// the id.</item>
/// </list>
/// <para>
/// The declared part v1…vT is T tokens (T counts tokens, not fields, so a reader can skip it without knowing the kind):
/// the values of
/// the fields the project declares, in declaration order, the base kind's first. A text or a word is one text token;
/// a number one invariant decimal; a boolean <c>1</c> or <c>0</c>; a quantity, a share and a date (start, then end,
/// <c>+</c> for ongoing or empty) as in the built-in kinds; a reference its id. An empty token is null. A list is a
/// count (empty for 0) and then its items.
/// </para>
/// <para>
/// A built-in fact with values for fields added to its kind (fields no typed spec holds: see FieldDeclaration.Typed
/// in FactModel.Core) has its code in lower case (<c>l</c> for a place), and after its notes those values by key:
/// <c>n|key|letter|tokens…|</c>, n of them. The letter is the value's type (<see cref="TypeLetter"/>); in upper case the
/// value is a list, a count and then its items. The runtime type reads each by its key (<c>Fact.AddedValues</c>).
/// </para>
/// </remarks>
internal static class FactDataFormat
{
    /// <summary>How a value held by key is decoded.</summary>
    public enum ValueType { Text, Number, Boolean, Quantity, Share, DateSpan, Reference }

    private const string TypeLetters = "tnbqsdr";

    /// <summary>The letter of <paramref name="type"/> in the data: <c>t</c> text, <c>n</c> number, <c>b</c> boolean, <c>q</c> quantity, <c>s</c> share, <c>d</c> date span, <c>r</c> reference.</summary>
    public static char TypeLetter(ValueType type) => TypeLetters[(int)type];

    /// <summary>The type a (lower-case) letter stands for; false for none.</summary>
    public static bool TryGetType(char letter, out ValueType type)
    {
        int index = TypeLetters.IndexOf(letter);
        type = (ValueType)System.Math.Max(index, 0);
        return index >= 0;
    }

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
