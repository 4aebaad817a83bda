using System.Collections.Generic;
using System.Text;
using FactModel.Specs;

namespace FactModel.Validation;

/// <summary>A source document (a FactSource file): its name, the file name without extension, and its text.</summary>
public sealed record SourceDocument(string Name, string FilePath, string NormalizedText)
{
    /// <summary>
    /// Where each line after the first starts in <see cref="NormalizedText"/>, which has no line breaks left: how a
    /// passage found there is given a line of the document file (one entry per line break, blank lines included).
    /// </summary>
    public EquatableArray<int> LineStarts { get; init; }

    /// <summary>Creates a document from its raw text.</summary>
    public static SourceDocument FromText(string name, string filePath, string text)
    {
        var lineStarts = new List<int>();
        string normalized = QuoteText.Normalize(text, lineStarts);
        return new SourceDocument(name, filePath, normalized) { LineStarts = lineStarts.ToEquatableArray() };
    }

    /// <summary>The one-based line of the document file that holds <paramref name="offset"/> of the normalized text.</summary>
    public int LineOf(int offset)
    {
        int low = 0, high = LineStarts.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (LineStarts[middle] <= offset) low = middle + 1;
            else high = middle;
        }
        return low + 1;
    }
}

/// <summary>
/// How quotes are compared with documents: runs of whitespace and line breaks become one space, and typographic
/// quotes and apostrophes become their ASCII forms, so a quote copied by hand still matches. Case and every other
/// character must match exactly.
/// </summary>
public static class QuoteText
{
    /// <summary>The normalized form of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Normalize(text, lineStarts: null);

    /// <summary>
    /// The normalized form of <paramref name="text"/>, with <paramref name="origins"/> given, for each of its characters,
    /// the index in <paramref name="text"/> it comes from (a space, the first whitespace of its run): so that a quote
    /// found in the normalized text can be shown in the text as written.
    /// </summary>
    public static string NormalizeWithOrigins(string text, List<int> origins) => Normalize(text, lineStarts: null, origins);

    /// <summary>
    /// The normalized form of <paramref name="text"/>; each line break adds to <paramref name="lineStarts"/> where the
    /// text after it starts in the normalized form, and each character of it to <paramref name="origins"/> where it
    /// comes from.
    /// </summary>
    internal static string Normalize(string text, List<int>? lineStarts, List<int>? origins = null)
    {
        if (origins is null && IsNormalized(text)) return text;
        var normalized = new StringBuilder(text.Length);
        int pendingSpace = -1; // where the run of whitespace before the next character started, if a space is due
        int pendingLineBreaks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (normalized.Length > 0 && pendingSpace < 0) pendingSpace = i;
                if (c == '\n') pendingLineBreaks++;
                continue;
            }
            if (pendingSpace >= 0)
            {
                normalized.Append(' ');
                origins?.Add(pendingSpace);
                pendingSpace = -1;
            }
            for (; pendingLineBreaks > 0; pendingLineBreaks--) lineStarts?.Add(normalized.Length);
            normalized.Append(Plain(c));
            origins?.Add(i);
        }
        return normalized.ToString();
    }

    /// <summary>A typographic quote or apostrophe as its ASCII form; any other character as it is.</summary>
    private static char Plain(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
        _ => c,
    };

    /// <summary>
    /// True when <see cref="Normalize(string)"/> would give <paramref name="text"/> back unchanged, as it does for most quotes:
    /// then no copy is made. Whitespace is single spaces between other characters, and no quote is typographic.
    /// </summary>
    private static bool IsNormalized(string text)
    {
        // A document usually ends with a line break: no need to look through it first.
        if (text.Length > 0 && char.IsWhiteSpace(text[text.Length - 1])) return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])) return false;
                continue;
            }
            if (char.IsWhiteSpace(c) || Plain(c) != c) return false;
        }
        return true;
    }
}
