using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Core.Parsing;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Cli.Input;

/// <summary>
/// Reads, parses and validates fact files exactly as the generator does: each file goes through
/// <see cref="FactFileParser.Parse"/> on its own, all of them through the rules between facts
/// (<see cref="FactSetValidator.ValidateConsistency"/>) and each through the rules of its sources
/// (<see cref="SourceValidator.Validate"/>): together, <see cref="FactSetValidator.Validate"/>. An unexpected
/// exception in any part becomes FM9001 on its file, as in the build. The one
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
        var documents = Collect(problems, () => LoadDocuments(context, finder, options.Sources));
        var files = Collect(problems, () => ReadAll(factPaths, path =>
        {
            string display = context.DisplayPath(path);
            string text = TextFileReader.Read(path, display, MaxBytes);
            return new LoadedFactFile(path, display, text, ParseGuarded(display, text));
        }));
        if (problems.Count > 0 || files is null) throw new InputException(problems);

        var parsed = files.Select(f => f.Parsed).ToList();
        var diagnostics = parsed.SelectMany(f => f.Diagnostics).Concat(Validate(parsed, documents)).ToList();
        return new FactSet(files, documents, diagnostics);
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
    private static IReadOnlyList<SourceDocument>? LoadDocuments(CliContext context, FileFinder finder, string? sources)
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
            return SourceDocument.FromText(DocumentName(path), display, TextFileReader.Read(path, display, MaxBytes));
        });
    }

    /// <summary>The name a <c>source:</c> cites a document by: its file name without the extension, as in the build.</summary>
    public static string DocumentName(string path)
    {
        string name = Path.GetFileName(path);
        int dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    /// <summary>Reads every file, collecting every input problem before failing, so that one run names them all.</summary>
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

    // As the generator's Guard.Parse: whatever escapes the parser becomes FM9001 on the file, never a crash.
    private static ParsedFactFile ParseGuarded(string path, string text)
    {
        try
        {
            return FactFileParser.Parse(path, text);
        }
        catch (Exception e)
        {
            return new ParsedFactFile(path, EquatableArray<FactSpec>.Empty, EquatableArray<DocumentSpec>.Empty,
                new[] { InternalError(path, e) }.ToEquatableArray());
        }
    }

    // As the generator: the rules between facts once, the sources of each file on its own, each guarded apart (its
    // Guard.Validate), so that an unexpected exception costs only its own part and becomes FM9001 on the same file.
    private static IReadOnlyList<FactDiagnostic> Validate(IReadOnlyList<ParsedFactFile> files, IReadOnlyList<SourceDocument>? documents)
    {
        var diagnostics = new List<FactDiagnostic>(Guarded(files.Count == 0 ? "" : files[0].FilePath, () => FactSetValidator.ValidateConsistency(files)));
        foreach (var file in files) diagnostics.AddRange(Guarded(file.FilePath, () => SourceValidator.Validate(file, documents)));
        return diagnostics;
    }

    private static IReadOnlyList<FactDiagnostic> Guarded(string path, Func<List<FactDiagnostic>> validate)
    {
        try
        {
            return validate();
        }
        catch (Exception e)
        {
            return new[] { InternalError(path, e) };
        }
    }

    private static FactDiagnostic InternalError(string path, Exception e) =>
        FactDiagnostic.Create(DiagnosticCatalog.InternalError, path, default, path, e.GetType().Name, e.Message);
}
