using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>A source document as exports list it: its name, its <c>documents:</c> entry if any, and its file if read.</summary>
internal sealed record ExportDocument(string Id, DocumentSpec? Spec, string? File)
{
    /// <summary>
    /// Every document the fact set knows: those with a <c>documents:</c> entry, those read from the sources folder
    /// and those a source cites, once each, by name.
    /// </summary>
    public static IReadOnlyList<ExportDocument> Of(FactSet facts)
    {
        var specs = facts.DocumentSpecs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in facts.Documents ?? Array.Empty<Validation.SourceDocument>())
        {
            if (!files.ContainsKey(document.Name)) files.Add(document.Name, document.FilePath);
        }
        var cited = facts.Definitions.SelectMany(d => d.Fact.Sources).Select(s => s.Document);
        return specs.Keys.Concat(files.Keys).Concat(cited)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal)
            .Select(id => new ExportDocument(id, specs.GetValueOrDefault(id), files.GetValueOrDefault(id)))
            .ToList();
    }
}
