using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Validation;

namespace FactModel.Cli.Export.Html;

/// <summary>A fact's <paramref name="SourceIndex"/>th source, numbered <paramref name="Number"/> (from 1) on its document's page, and where its quote is in the text.</summary>
internal sealed record Citation(int Number, string DocumentId, FactDefinition Fact, int SourceIndex, string Quote, TextRange? Range)
{
    /// <summary>The id of the quote's highlight on the document's page.</summary>
    public string Anchor => "q-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// What the pages need to know about the facts, worked out once for the whole site: the documents and their text,
/// every citation numbered on its document's page, and who refers to each fact (a reverse index, so that 10,000
/// fact pages do not each scan every fact).
/// </summary>
internal sealed class SiteModel
{
    private readonly Dictionary<string, List<(FactDefinition From, FactLink Link)>> _referrers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fact, int Source), Citation> _citationOf = new();
    private readonly Dictionary<string, List<Citation>> _citations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentText> _texts = new(StringComparer.Ordinal);

    /// <param name="facts">The facts, without errors.</param>
    /// <param name="readText">The text of a document as written, or null when it cannot be read again.</param>
    public SiteModel(FactSet facts, Func<SourceDocument, string?> readText)
    {
        Facts = facts;
        Documents = ExportDocument.Of(facts);
        foreach (var document in facts.Documents ?? Array.Empty<SourceDocument>())
        {
            if (_texts.ContainsKey(document.Name)) continue;
            // The text as written when it still normalizes to what the quotes were checked against; else that text.
            var text = readText(document) is { } written && DocumentText.Of(written) is { } read && read.Normalized == document.NormalizedText
                ? read
                : DocumentText.Of(document.NormalizedText);
            _texts.Add(document.Name, text);
        }

        foreach (var definition in facts.Definitions)
        {
            foreach (var link in FactLink.Of(definition.Fact))
            {
                if (!_referrers.TryGetValue(link.TargetId, out var list)) _referrers.Add(link.TargetId, list = new());
                list.Add((definition, link));
            }
        }

        var cited = facts.Definitions
            .SelectMany(d => d.Fact.Sources.Select((source, index) => (Definition: d, Index: index, Source: source)))
            .GroupBy(c => c.Source.Document, StringComparer.Ordinal);
        foreach (var group in cited)
        {
            var text = _texts.GetValueOrDefault(group.Key);
            var located = group.Select(c => (c.Definition, c.Index, c.Source.Quote, Range: text?.Find(c.Source.Quote)))
                .OrderBy(c => c.Range is null).ThenBy(c => c.Range?.Start).ThenByDescending(c => c.Range?.End)
                .ThenBy(c => c.Definition.Id, StringComparer.Ordinal).ThenBy(c => c.Index)
                .Select((c, i) => new Citation(i + 1, group.Key, c.Definition, c.Index, c.Quote, c.Range))
                .ToList();
            _citations.Add(group.Key, located);
            foreach (var citation in located) _citationOf.Add((citation.Fact.Id, citation.SourceIndex), citation);
        }
    }

    public FactSet Facts { get; }

    /// <summary>Every document, by name.</summary>
    public IReadOnlyList<ExportDocument> Documents { get; }

    /// <summary>The text of a document that was read, or null.</summary>
    public DocumentText? TextOf(string documentId) => _texts.GetValueOrDefault(documentId);

    /// <summary>The citations of a document, in the order of their quotes in its text.</summary>
    public IReadOnlyList<Citation> CitationsOf(string documentId) =>
        _citations.TryGetValue(documentId, out var list) ? list : Array.Empty<Citation>();

    /// <summary>The citation of a fact's <paramref name="sourceIndex"/>th source.</summary>
    public Citation CitationOf(string factId, int sourceIndex) => _citationOf[(factId, sourceIndex)];

    /// <summary>Every reference to <paramref name="id"/>, by the referring fact's id and then key.</summary>
    public IEnumerable<(FactDefinition From, FactLink Link)> ReferrersOf(string id) =>
        _referrers.TryGetValue(id, out var list)
            ? list.OrderBy(r => r.From.Id, StringComparer.Ordinal).ThenBy(r => r.Link.Key, StringComparer.Ordinal)
            : Enumerable.Empty<(FactDefinition, FactLink)>();

    /// <summary>A link's target's name (a referenced model's fact's too), or its id when no fact has it.</summary>
    public string NameOf(string id) => Facts.Resolve(id) is { } fact ? FactText.NameOf(fact, Facts.Kinds) : id;
}
