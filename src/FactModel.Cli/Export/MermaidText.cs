using System.Text;

namespace FactModel.Cli.Export;

/// <summary>
/// Text inside Mermaid diagrams. Mermaid's own entity codes (<c>#quot;</c>) are not decoded by every renderer
/// (Mermaid 11.17 in a browser shows them as placeholders), so they are not used: flowchart labels are HTML and get
/// HTML entities, timeline text is plain and needs only its separator kept out.
/// </summary>
internal static class MermaidText
{
    // U+A789 MODIFIER LETTER COLON: looks like ':' but is not the timeline's separator.
    private const char LookalikeColon = '\uA789';

    /// <summary>A flowchart label, written inside double quotes: '&amp;', '"', '&lt;' and '&gt;' as HTML entities.</summary>
    public static string Label(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Timeline text, which Mermaid draws as plain text: a ':' followed by a space would start another event, so it
    /// is drawn as a look-alike colon; everything else is shown as written.
    /// </summary>
    public static string TimelineText(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool separator = c == ':' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            escaped.Append(separator ? LookalikeColon : c is '\n' or '\r' ? ' ' : c);
        }
        return escaped.ToString();
    }

    /// <summary>A node id: fact ids are kebab-case, so '-' becomes '_' (never in an id) and a prefix keeps Mermaid keywords such as "end" out.</summary>
    public static string NodeId(string factId) => "f_" + factId.Replace('-', '_');
}
