using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Validation;

/// <summary>
/// The provenance rules, which need one fact file and the documents only: every fact cites a source (FM3003), each
/// source names a known document (FM3002), and each quote, and each quote an event attributes, is in it (FM3001).
/// Kept apart from the rules between facts so that an edit re-checks only the quotes of the file it changed.
/// </summary>
public static class SourceValidator
{
    /// <summary>Checks the sources of <paramref name="file"/>; with <paramref name="documents"/> null, only that they exist.</summary>
    public static List<FactDiagnostic> Validate(ParsedFactFile file, SourceDocuments? documents, CancellationToken cancellationToken = default)
    {
        var context = new Context(documents);
        foreach (var fact in file.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.CheckSources(file.FilePath, fact);
        }
        return context.Diagnostics;
    }

    private sealed class Context
    {
        private readonly SourceDocuments? _documents;

        public Context(SourceDocuments? documents) => _documents = documents;

        public List<FactDiagnostic> Diagnostics { get; } = new();

        private void Report(DiagnosticDescriptorInfo descriptor, string path, SourceSpan span, params object[] args) =>
            Diagnostics.Add(FactDiagnostic.Create(descriptor, path, span, args));

        public void CheckSources(string path, FactSpec fact)
        {
            // The subject of messages, "Fact 'id'", is formatted only when a message needs it.
            if (fact.Sources.IsEmpty)
            {
                if (!fact.SourceWritten) Report(DiagnosticCatalog.MissingSource, path, fact.IdSpan, Subject(fact));
                return;
            }
            if (_documents is null) return;
            foreach (var source in fact.Sources)
            {
                if (!_documents.TryGet(source.Document, out var document))
                {
                    string? nearest = ScalarForms.Nearest(source.Document, _documents.Names);
                    Report(DiagnosticCatalog.UnknownDocument, path, source.DocumentSpan, Subject(fact), source.Document,
                        nearest is null ? "" : $" (did you mean '{nearest}'?)");
                    continue;
                }
                CheckQuote(path, fact, source.Quote, source.QuoteSpan, document);
            }

            // The words an event quotes must be in the documents the event cites.
            if (fact is EventSpec @event)
            {
                foreach (var quote in @event.Quotes)
                {
                    var cited = fact.Sources.Select(s => _documents.TryGet(s.Document, out var d) ? d : null).Where(d => d is not null).ToList();
                    if (cited.Count > 0 && !cited.Any(d => d!.NormalizedText.Contains(QuoteText.Normalize(quote.Text))))
                        CheckQuote(path, fact, quote.Text, quote.TextSpan, cited[0]!);
                }
            }
        }

        private void CheckQuote(string path, FactSpec fact, string quote, SourceSpan span, SourceDocument document)
        {
            string normalized = QuoteText.Normalize(quote);
            if (normalized.Length > 0 && document.NormalizedText.IndexOf(normalized, StringComparison.Ordinal) >= 0) return;
            Report(DiagnosticCatalog.QuoteNotFound, path, span, Subject(fact), quote, document.Name, Hint(normalized, document));
        }

        /// <summary>What the document says instead: the quote in other capitals, or the closest passage.</summary>
        private static string Hint(string normalizedQuote, SourceDocument document)
        {
            if (normalizedQuote.Length == 0) return "";
            if (document.NormalizedText.IndexOf(normalizedQuote, StringComparison.OrdinalIgnoreCase) >= 0) return " (it is there with different capitalization)";
            return ClosestPassage.Find(document, normalizedQuote) is { } passage
                ? $"; the closest passage is \"{passage.Text}\" (line {passage.Line})"
                : "";
        }

        private static string Subject(FactSpec fact) => $"Fact '{fact.Id}'";

    }
}
