using System;
using System.Collections.Generic;
using FactModel.Validation;

namespace FactModel.Cli.Export.Html;

/// <summary>A stretch of a document's text, from <see cref="Start"/> to <see cref="End"/> (exclusive).</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}

/// <summary>
/// A document's text as written, with where each quote is in it and where its sentences are. Quotes are matched as
/// the validator matches them, in the text <see cref="QuoteText.NormalizeWithOrigins"/> makes (whitespace runs
/// are one space, typographic quotes are ASCII), which also says where each character came from, so a match is
/// mapped back to the text as written, line breaks and curly quotes included.
/// </summary>
internal sealed class DocumentText
{
    private readonly List<int> _origin = new();

    private DocumentText(string text)
    {
        Text = text;
        Normalized = QuoteText.NormalizeWithOrigins(text, _origin);
        Sentences = SplitSentences(text);
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>The text as <see cref="QuoteText.Normalize(string)"/> makes it, which quotes are looked for in.</summary>
    public string Normalized { get; }

    /// <summary>The sentences, in order: ends of sentences (<c>. ! ?</c> and the quotes or brackets closing them) and line breaks split them.</summary>
    public IReadOnlyList<TextRange> Sentences { get; }

    public static DocumentText Of(string text) => new(text);

    /// <summary>Where <paramref name="quote"/> first is in the text as written, as the validator finds it; null if it is not there.</summary>
    public TextRange? Find(string quote)
    {
        string normalized = QuoteText.Normalize(quote);
        if (normalized.Length == 0) return null;
        int at = Normalized.IndexOf(normalized, StringComparison.Ordinal);
        if (at < 0) return null;
        return new TextRange(_origin[at], _origin[at + normalized.Length - 1] + 1);
    }

    private static List<TextRange> SplitSentences(string text)
    {
        var sentences = new List<TextRange>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool end = i == text.Length || text[i] is '\n' or '\r';
            if (!end && text[i] is '.' or '!' or '?')
            {
                int after = i + 1;
                while (after < text.Length && text[after] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019') after++;
                if (after == text.Length || char.IsWhiteSpace(text[after]))
                {
                    Add(sentences, text, start, after);
                    start = after;
                    i = after - 1;
                    continue;
                }
            }
            if (end)
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
        }
        return sentences;
    }

    // A sentence without the whitespace around it; nothing when it is only whitespace.
    private static void Add(List<TextRange> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new TextRange(start, end));
    }
}
