using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// Writes HTML (and the SVG inside it) so that no text from a fact file or a document can become markup or script.
/// Tag and attribute names are the renderers' own constants, checked to be plain ASCII names; everything else
/// goes through <see cref="Text"/> or an attribute value, which escape <c>&amp; &lt; &gt; " '</c>. Characters that
/// could hide or reorder what a reviewer reads are shown as their code instead: bidi controls (Trojan Source), C0 and
/// C1 controls other than tab and line breaks, the line and paragraph separators, and lone surrogates. In text they
/// become a visible <c>[U+202E]</c> in a span of class <c>ctl</c>; in an attribute, and in text where a span cannot be
/// (a <c>title</c> element, whose text is not parsed as markup, and SVG, which a span would end), the same
/// <c>[U+202E]</c> without the span.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();

    // How many elements are open in which a span cannot be written: title and svg.
    private int _noSpans;

    /// <summary>Opens <paramref name="tag"/> with attributes given as name and value pairs; a null value leaves the attribute out.</summary>
    public HtmlWriter Open(string tag, params string?[] attributes)
    {
        _html.Append('<').Append(Name(tag));
        if (attributes.Length % 2 != 0) throw new ArgumentException("attributes come in name and value pairs", nameof(attributes));
        for (int i = 0; i < attributes.Length; i += 2)
        {
            if (attributes[i + 1] is not { } value) continue;
            _html.Append(' ').Append(Name(attributes[i]!)).Append("=\"");
            AppendEscaped(value, inAttribute: true);
            _html.Append('"');
        }
        _html.Append('>');
        if (tag is "title" or "svg") _noSpans++;
        return this;
    }

    /// <summary>Closes <paramref name="tag"/>.</summary>
    public HtmlWriter Close(string tag)
    {
        if (tag is "title" or "svg") _noSpans--;
        _html.Append("</").Append(Name(tag)).Append('>');
        return this;
    }

    /// <summary>An element holding only <paramref name="text"/>.</summary>
    public HtmlWriter Element(string tag, string text, params string?[] attributes) => Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link to <paramref name="href"/> (a path of the site, never a value from the data) reading <paramref name="text"/>.</summary>
    public HtmlWriter Link(string href, string text, string? title = null) => Element("a", text, "href", href, "title", title);

    /// <summary>Text, escaped.</summary>
    public HtmlWriter Text(string text)
    {
        AppendEscaped(text, inAttribute: false);
        return this;
    }

    /// <summary>
    /// The site's own markup: the document's head, the style sheet and the search script, all constants of the
    /// renderers. Never call it with text that comes from the facts.
    /// </summary>
    public HtmlWriter Markup(string constant)
    {
        _html.Append(constant);
        return this;
    }

    /// <summary>
    /// JSON data for a <c>script type="application/json"</c> block, written by an encoder that escapes <c>&lt;</c>,
    /// <c>&gt;</c> and <c>&amp;</c>: checked here too, since a <c>&lt;</c> could end the block.
    /// </summary>
    public HtmlWriter JsonData(string json)
    {
        if (json.AsSpan().IndexOfAny('<', '>', '&') >= 0) throw new ArgumentException("JSON for a script block must escape < > &", nameof(json));
        _html.Append(json);
        return this;
    }

    /// <summary>A line break in the source of the page, so that the HTML reads line by line.</summary>
    public HtmlWriter Line()
    {
        _html.Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();

    /// <summary>A decimal with at most two decimals and no trailing zeros, with thousands separators: "42,000", "36.67".</summary>
    public static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> cut to <paramref name="length"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        int cut = char.IsHighSurrogate(text[length - 2]) ? length - 2 : length - 1;
        return text[..cut].TrimEnd() + "\u2026";
    }

    /// <summary>True for the characters shown as their code: see the class summary.</summary>
    public static bool IsHidden(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\u2028' or '\u2029'
        || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary><paramref name="text"/> with the characters <see cref="IsHidden"/> (and lone surrogates) shown by their code.</summary>
    public static string ShowHidden(string text)
    {
        if (!text.Any(c => IsHidden(c) || char.IsSurrogate(c))) return text;
        var visible = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) visible.Append(c).Append(text[++i]);
            else if (IsHidden(c) || char.IsSurrogate(c)) visible.Append(Code(c));
            else visible.Append(c);
        }
        return visible.ToString();
    }

    // "[U+202E]".
    private static string Code(char c) => "[U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "]";

    private void AppendEscaped(string text, bool inAttribute)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': _html.Append("&amp;"); continue;
                case '<': _html.Append("&lt;"); continue;
                case '>': _html.Append("&gt;"); continue;
                case '"': _html.Append("&quot;"); continue;
                case '\'': _html.Append("&#39;"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                _html.Append(c).Append(text[++i]);
                continue;
            }
            if (!IsHidden(c) && !char.IsSurrogate(c))
            {
                _html.Append(c);
                continue;
            }
            string code = Code(c);
            if (inAttribute || _noSpans > 0) _html.Append(code);
            else _html.Append("<span class=\"ctl\" title=\"a hidden character, shown by its code\">").Append(code).Append("</span>");
        }
    }

    // Tag and attribute names are constants of the renderers; this keeps a mistake from ever writing anything else.
    private static string Name(string name)
    {
        foreach (char c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
                throw new ArgumentException($"'{name}' is not a tag or attribute name the site writes", nameof(name));
        }
        return name;
    }
}
