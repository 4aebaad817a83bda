using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace FactModel.Validation;

/// <summary>
/// The passage of a document closest to a quote that is not in it (FM3001): a fact-checker's next question is "what
/// does it say, then?". Quotes and documents are compared as words (letters and digits, lowercased), so case and
/// punctuation do not count, and a word one or two letters off still matches. Only quotes that failed come here, and
/// each costs a bounded amount of work: words of the quote vote for where it could start in the document through an
/// index of the document's words (built once per document, on its first misquote), and only the few best-voted places
/// are aligned word by word.
/// </summary>
internal static class ClosestPassage
{
    /// <summary>The words of a quote that are looked at; a longer quote is matched on its beginning.</summary>
    private const int MaxQuoteWords = 64;

    /// <summary>A word more frequent than this in the document ("the", "of") casts no votes: it says little where.</summary>
    private const int MaxVotesPerWord = 256;

    /// <summary>How many of the best-voted starts are aligned.</summary>
    private const int Candidates = 8;

    /// <summary>A passage longer than this is shown cut, with "...".</summary>
    private const int MaxShownLength = 160;

    private static readonly ConditionalWeakTable<SourceDocument, WordIndex> Indexes = new();

    /// <summary>
    /// The passage of <paramref name="document"/> closest to <paramref name="quote"/> and its one-based line, or null
    /// when no passage shares enough words with it (at least a third of them, and one).
    /// </summary>
    public static (string Text, int Line)? Find(SourceDocument document, string quote)
    {
        var quoteWords = Words.Of(quote);
        if (quoteWords.Count == 0) return null;
        if (quoteWords.Count > MaxQuoteWords) quoteWords.RemoveRange(MaxQuoteWords, quoteWords.Count - MaxQuoteWords);

        var index = Indexes.GetValue(document, static d => new WordIndex(d.NormalizedText));
        var quoteKeys = quoteWords.Select(w => quote.Substring(w.Start, w.Length).ToLowerInvariant()).ToArray();

        (int Cost, int Start, int End)? best = null;
        foreach (int start in BestStarts(index, quoteKeys))
        {
            var alignment = Align(index, quoteKeys, start);
            if (best is null || alignment.Cost < best.Value.Cost || alignment.Cost == best.Value.Cost && alignment.Start < best.Value.Start)
                best = alignment;
        }

        // Each word of the quote not matched costs at least 1: at most two thirds of the words may miss.
        if (best is not { } found || found.Cost > quoteKeys.Length * 2 / 3) return null;
        int from = index.Words[found.Start].Start;
        int to = index.Words[found.End - 1].Start + index.Words[found.End - 1].Length;
        string text = document.NormalizedText.Substring(from, to - from);
        if (text.Length > MaxShownLength) text = text.Substring(0, MaxShownLength) + "...";
        return (text, document.LineOf(from));
    }

    /// <summary>
    /// Where in the document the quote could start: each quote word found there votes for the start its place
    /// implies. The best-voted starts, ties to the earlier, deterministically.
    /// </summary>
    private static IEnumerable<int> BestStarts(WordIndex index, string[] quoteKeys)
    {
        var votes = new Dictionary<int, int>();
        for (int i = 0; i < quoteKeys.Length; i++)
        {
            if (!index.Positions.TryGetValue(quoteKeys[i], out var positions) || positions.Count > MaxVotesPerWord) continue;
            foreach (int position in positions)
            {
                int start = Math.Max(0, position - i);
                votes[start] = votes.TryGetValue(start, out int count) ? count + 1 : 1;
            }
        }
        // The best few in one pass: sorting every voted start would cost more than all the rest of the search.
        var best = new List<KeyValuePair<int, int>>(Candidates + 1);
        foreach (var vote in votes)
        {
            int at = best.Count;
            while (at > 0 && Better(vote, best[at - 1])) at--;
            if (at >= Candidates) continue;
            best.Insert(at, vote);
            if (best.Count > Candidates) best.RemoveAt(Candidates);
        }
        return best.Select(v => v.Key);

        static bool Better(KeyValuePair<int, int> a, KeyValuePair<int, int> b) => a.Value > b.Value || a.Value == b.Value && a.Key < b.Key;
    }

    /// <summary>
    /// The cheapest alignment of the whole quote with a run of document words near <paramref name="start"/>: an edit
    /// distance on words (a word left out, added or replaced costs 1) where the run may begin and end anywhere.
    /// </summary>
    private static (int Cost, int Start, int End) Align(WordIndex index, string[] quote, int start)
    {
        int slack = Math.Max(2, quote.Length / 4);
        int from = Math.Max(0, start - slack), to = Math.Min(index.Words.Count, start + quote.Length + slack);
        int width = to - from;
        // cost[j] and origin[j]: the best alignment of the quote's words so far ending before document word from + j.
        var cost = new int[width + 1];
        var origin = new int[width + 1];
        var nextCost = new int[width + 1];
        var nextOrigin = new int[width + 1];
        for (int j = 0; j <= width; j++) origin[j] = from + j;
        for (int i = 1; i <= quote.Length; i++)
        {
            nextCost[0] = i;
            nextOrigin[0] = from;
            for (int j = 1; j <= width; j++)
            {
                int replace = cost[j - 1] + (Words.Alike(quote[i - 1], index.KeyAt(from + j - 1)) ? 0 : 1);
                int skipQuoteWord = cost[j] + 1;
                int skipDocumentWord = nextCost[j - 1] + 1;
                if (replace <= skipQuoteWord && replace <= skipDocumentWord) (nextCost[j], nextOrigin[j]) = (replace, origin[j - 1]);
                else if (skipQuoteWord <= skipDocumentWord) (nextCost[j], nextOrigin[j]) = (skipQuoteWord, origin[j]);
                else (nextCost[j], nextOrigin[j]) = (skipDocumentWord, nextOrigin[j - 1]);
            }
            (cost, nextCost) = (nextCost, cost);
            (origin, nextOrigin) = (nextOrigin, origin);
        }

        // Leaving out the quote's last words costs what replacing them with the document's next words does: of
        // equally cheap runs, the one as long as the quote shows the most.
        int end = 1;
        for (int j = 2; j <= width; j++)
        {
            if (cost[j] < cost[end] || cost[j] == cost[end] && LengthMiss(from + j - origin[j]) < LengthMiss(from + end - origin[end])) end = j;
        }
        int first = origin[end];
        return (cost[end], first, Math.Max(first + 1, from + end));

        int LengthMiss(int runLength) => Math.Abs(runLength - quote.Length);
    }

    /// <summary>The words of a document, and where each word occurs, by its lowercase form.</summary>
    private sealed class WordIndex
    {
        public WordIndex(string text)
        {
            Words = ClosestPassage.Words.Of(text);
            Keys = new string[Words.Count];
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < Words.Count; i++)
            {
                string key = text.Substring(Words[i].Start, Words[i].Length).ToLowerInvariant();
                if (shared.TryGetValue(key, out var known)) key = known;
                else shared.Add(key, key);
                Keys[i] = key;
                if (!Positions.TryGetValue(key, out var positions)) Positions.Add(key, positions = new List<int>());
                positions.Add(i);
            }
        }

        public List<(int Start, int Length)> Words { get; }

        public string[] Keys { get; }

        public Dictionary<string, List<int>> Positions { get; } = new(StringComparer.Ordinal);

        public string KeyAt(int word) => Keys[word];
    }

    /// <summary>Words as the comparison sees them.</summary>
    private static class Words
    {
        /// <summary>The runs of letters and digits of <paramref name="text"/>.</summary>
        public static List<(int Start, int Length)> Of(string text)
        {
            var words = new List<(int, int)>();
            int start = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                bool inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (inWord && start < 0) start = i;
                else if (!inWord && start >= 0)
                {
                    words.Add((start, i - start));
                    start = -1;
                }
            }
            return words;
        }

        /// <summary>The same word, or one a letter off (two, for long words); short words must be the same.</summary>
        public static bool Alike(string a, string b)
        {
            if (ReferenceEquals(a, b) || a == b) return true;
            int shorter = Math.Min(a.Length, b.Length);
            if (shorter < 4) return false;
            int allowed = shorter >= 8 ? 2 : 1;
            return Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b, allowed) <= allowed;
        }

        /// <summary>The edit distance of two words, stopping once it is over <paramref name="limit"/>.</summary>
        private static int Distance(string a, string b, int limit)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMinimum = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                    rowMinimum = Math.Min(rowMinimum, current[j]);
                }
                if (rowMinimum > limit) return rowMinimum;
                (previous, current) = (current, previous);
            }
            return previous[b.Length];
        }
    }
}
