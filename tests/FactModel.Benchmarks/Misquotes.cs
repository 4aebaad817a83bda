using System.Diagnostics;
using System.Text;
using FactModel.Core.Parsing;
using FactModel.Validation;

namespace FactModel.Benchmarks;

/// <summary>
/// What looking for the closest passage costs (<c>--misquotes</c>): a 1 MB document of deterministic sentences and a
/// fact file of 1,000 quotes, checked once with every quote exact (no search) and once with every quote one word off
/// (each searches), in fresh documents each round so that the word index is built in every timed run.
/// </summary>
internal static class Misquotes
{
    private const int DocumentBytes = 1_000_000;
    private const int Quotes = 1_000;

    public static void Run()
    {
        var random = new Random(17);
        string[] vocabulary = Enumerable.Range(0, 5_000).Select(i => Word(random, i)).ToArray();
        var document = new StringBuilder(DocumentBytes + 200);
        var sentences = new List<string>();
        while (document.Length < DocumentBytes)
        {
            string sentence = string.Join(" ", Enumerable.Range(0, random.Next(8, 20)).Select(_ => vocabulary[Zipf(random, vocabulary.Length)])) + ".";
            sentences.Add(sentence);
            document.Append(sentence).Append(sentences.Count % 6 == 0 ? "\n\n" : "\n");
        }

        var exact = new StringBuilder("events:\n");
        var misquoted = new StringBuilder("events:\n");
        for (int i = 0; i < Quotes; i++)
        {
            string[] words = sentences[random.Next(sentences.Count)].TrimEnd('.').Split(' ');
            int length = Math.Min(words.Length, random.Next(5, 12));
            var quote = words.Take(length).ToArray();
            exact.Append(Fact(i, quote));
            quote[random.Next(length)] = "unheard-of";
            misquoted.Append(Fact(i, quote));
        }

        string text = document.ToString();
        Console.WriteLine($"document {text.Length:N0} characters, {sentences.Count:N0} sentences; {Quotes:N0} quotes");
        for (int round = 0; round < 5; round++)
        {
            double exactMs = Check(exact.ToString(), text, out int exactErrors);
            double misquotedMs = Check(misquoted.ToString(), text, out int misquotedErrors);
            Console.WriteLine($"exact quotes {exactMs:F0} ms ({exactErrors} FM3001) | misquotes {misquotedMs:F0} ms ({misquotedErrors} FM3001, "
                + $"{(misquotedMs - exactMs) / Quotes * 1000:F0} µs a misquote more)");
        }
    }

    private static double Check(string yaml, string documentText, out int errors)
    {
        var file = FactFileParser.Parse("facts/quotes.yaml", yaml);
        var watch = Stopwatch.StartNew();
        var documents = new[] { SourceDocument.FromText("report", "seeds/report.txt", documentText) };
        var diagnostics = SourceValidator.Validate(file, SourceDocuments.Of(documents));
        double elapsed = watch.Elapsed.TotalMilliseconds;
        errors = diagnostics.Count(d => d.Id == "FM3001");
        return elapsed;
    }

    private static string Fact(int i, string[] quote) =>
        $"  - id: e{i}\n    title: E{i}\n    source: {{ document: report, quote: \"{string.Join(" ", quote)}\" }}\n";

    private static string Word(Random random, int i)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        int length = 2 + random.Next(9);
        return new string(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]).ToArray()) + (i % 7 == 0 ? "," : "");
    }

    /// <summary>A word rank with roughly the skew of natural text: a few words very common, most rare.</summary>
    private static int Zipf(Random random, int count) => (int)Math.Min(count - 1, Math.Exp(random.NextDouble() * Math.Log(count)) - 1);
}
