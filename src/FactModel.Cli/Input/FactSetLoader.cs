using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Core;
using FactModel.Core.Model;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;
using FactModel.Validation.Rules;

namespace FactModel.Cli.Input;

/// <summary>
/// Reads fact files and documents and hands them to <see cref="FactSetAnalysis.Analyze"/>, the front door the
/// generator's steps share: parsed, named and checked by the same functions, an unexpected exception in any part
/// FM9001 on its file, as in the build. The one
/// difference is the path a file is named by: the generator names it by its full path, the command line by the
/// path relative to the working directory, so that output is the same on every machine.
/// </summary>
internal static class FactSetLoader
{
    // The parser refuses text over FactFileLimits.MaxFileSize characters (FM1008). A UTF-8 file has at least a third
    // as many characters as bytes, so a file over three times the limit is refused before being read at all.
    private static readonly long MaxBytes = 3L * FactFileLimits.Default.MaxFileSize;

    /// <summary>Loads the fact set <paramref name="options"/> describes; bad input throws <see cref="InputException"/>.</summary>
    public static FactSet Load(CliContext context, LoadOptions options)
    {
        var finder = new FileFinder(context, options.MaxFiles);
        var paths = options.FactPaths.Count == 0 ? new[] { LoadOptions.DefaultFactFolder } : options.FactPaths;
        // Every input problem of the run is collected before failing, so that one run names them all.
        var problems = new List<string>();
        var factPaths = Collect(problems, () => FindFactFiles(finder, paths)) ?? Array.Empty<string>();
        var references = Collect(problems, () => FindReferences(context, finder, options.References ?? Array.Empty<string>(), factPaths));
        var documents = options.ReadDocuments ? Collect(problems, () => LoadDocuments(context, finder, options.Sources)) : null;
        var texts = Collect(problems, () => ReadAll(factPaths, path => (FullPath: path, Text: ReadFactFile(context, path))));
        var referenceTexts = references?.Select(r => (r.Option, Texts: Collect(problems, () => ReadAll(r.Files, path => ReadFactFile(context, path))))).ToList();
        if (problems.Count > 0 || texts is null || referenceTexts is null) throw new InputException(problems);

        // The same front door as the generator's steps: parsed, named and checked by the same functions.
        var referenced = AnalyzeReferences(referenceTexts.Select(r => (r.Option, r.Texts!)).ToList());
        var analysis = FactSetAnalysis.Analyze(texts.Select(t => t.Text), documents, referenced: referenced.Sets.Count == 0 ? null : referenced.Models);
        var files = texts.Select((t, i) => new LoadedFactFile(t.FullPath, t.Text.Path, t.Text.Text, analysis.Files[i])).ToList();
        return new FactSet(files, analysis.Documents, analysis.Diagnostics, analysis.Kinds, referenced);
    }

    private static InputText ReadFactFile(CliContext context, string path)
    {
        string display = context.DisplayPath(path);
        return new InputText(display, TextFileReader.Read(path, display, MaxBytes));
    }

    /// <summary>
    /// The fact files of each <c>--references</c> model, in the order given. A model must have fact files, two models
    /// must have different names, and a file belongs to one model: the facts being read, or one referenced model.
    /// </summary>
    private static List<(ReferenceOption Option, IReadOnlyList<string> Files)> FindReferences(CliContext context, FileFinder finder,
        IReadOnlyList<string> values, IReadOnlyList<string> factFiles)
    {
        var found = new List<(ReferenceOption, IReadOnlyList<string>)>();
        var problems = new List<string>();
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var owners = new Dictionary<string, string>(comparer);
        foreach (string file in factFiles) owners.TryAdd(file, "the facts being read");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string value in values)
        {
            var option = Collect(problems, () => ReferenceOption.Parse(context, value));
            if (option is null) continue;
            if (!names.Add(option.Name))
            {
                problems.Add($"two --references are named '{option.Name}'; give each model its own name with NAME=PATH");
                continue;
            }
            var files = Collect(problems, () => finder.Find(new[] { option.Path }, IsFactFileName, "fact files of a referenced model"));
            if (files is null) continue;
            if (files.Count == 0)
            {
                problems.Add($"no fact files (*.yaml, *.yml) in '{option.Path}', given with --references");
                continue;
            }
            string owner = $"the referenced model '{option.Name}'";
            foreach (var shared in files.Where(owners.ContainsKey).GroupBy(f => owners[f]))
            {
                int more = shared.Count() - 1;
                problems.Add($"'{context.DisplayPath(shared.First())}'{(more > 0 ? $" and {more} more fact file(s)" : "")} would belong both to {shared.Key} "
                    + $"and to {owner}; a fact file belongs to one model, so give paths that do not overlap");
            }
            foreach (string file in files) owners.TryAdd(file, owner);
            found.Add((option, files));
        }
        if (problems.Count > 0) throw new InputException(problems);
        return found;
    }

    /// <summary>
    /// Each referenced model analysed on its own, in the order given, as its own build would: a later one may refer to
    /// the earlier ones (and use their kinds), as a library may reference another. Its diagnostics are dropped: its
    /// files are checked where it is defined. What is kept is the model the build would read from its assembly
    /// (<see cref="FactSetAnalysis.AsReferencedModel"/>) and its facts, to name them.
    /// </summary>
    private static ReferencedFacts AnalyzeReferences(IReadOnlyList<(ReferenceOption Option, List<InputText> Texts)> references)
    {
        if (references.Count == 0) return ReferencedFacts.None;
        var sets = new List<ReferencedFactSet>(references.Count);
        foreach (var (option, texts) in references)
        {
            var earlier = sets.Count == 0 ? null : ReferencedModels.Of(sets.Select(s => s.Model));
            var analysis = FactSetAnalysis.Analyze(texts, documents: null, referenced: earlier);
            // The namespace of the generated classes means nothing to the tool: its facts are never code here.
            var model = FactSetAnalysis.AsReferencedModel(option.Name, "", analysis);
            var facts = new Dictionary<string, FactSpec>(StringComparer.Ordinal);
            foreach (var (_, fact) in DefinitionOrder.Definitions(analysis.Files)) facts.TryAdd(fact.Id, fact);
            sets.Add(new ReferencedFactSet(option.Name, option.Path, model, facts));
        }
        return new ReferencedFacts(sets);
    }

    private static IReadOnlyList<string> FindFactFiles(FileFinder finder, IReadOnlyList<string> paths)
    {
        var found = finder.Find(paths, IsFactFileName, "fact files");
        if (found.Count == 0)
            throw new InputException($"no fact files (*.yaml, *.yml) in {string.Join(", ", paths.Select(p => "'" + p + "'"))}");
        return found;
    }

    private static T? Collect<T>(List<string> problems, Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (InputException e)
        {
            problems.AddRange(e.Problems);
            return null;
        }
    }

    /// <summary>The names the build takes as fact files by default: <c>*.yaml</c> and <c>*.yml</c>.</summary>
    public static bool IsFactFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The documents of the <c>--sources</c> folder, named by file name without extension. Without the option and
    /// without a <c>seeds</c> folder, null: quotes are then not checked (FM3001, FM3002), and a note says so.
    /// </summary>
    private static IReadOnlyList<InputText>? LoadDocuments(CliContext context, FileFinder finder, string? sources)
    {
        if (sources is null)
        {
            if (!Directory.Exists(context.FullPath(LoadOptions.DefaultSourceFolder)))
            {
                context.Note($"no '{LoadOptions.DefaultSourceFolder}' folder here, so quotes are not checked against their documents; give the documents' folder with --sources");
                return null;
            }
            sources = LoadOptions.DefaultSourceFolder;
        }
        var paths = finder.Find(new[] { sources }, _ => true, "source documents");
        return ReadAll(paths, path =>
        {
            string display = context.DisplayPath(path);
            return new InputText(display, TextFileReader.Read(path, display, MaxBytes));
        });
    }

    /// <summary>The name a <c>source:</c> cites a document by: its file name without the extension, as in the build.</summary>
    private static List<T> ReadAll<T>(IReadOnlyList<string> paths, Func<string, T> read)
    {
        var results = new List<T>(paths.Count);
        var problems = new List<string>();
        foreach (string path in paths)
        {
            try
            {
                results.Add(read(path));
            }
            catch (InputException e)
            {
                problems.AddRange(e.Problems);
            }
        }
        if (problems.Count > 0) throw new InputException(problems);
        return results;
    }
}
