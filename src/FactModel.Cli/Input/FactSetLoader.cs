using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Core;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;

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
        var documents = options.ReadDocuments ? Collect(problems, () => LoadDocuments(context, finder, options.Sources)) : null;
        var texts = Collect(problems, () => ReadAll(factPaths, path => (FullPath: path, Text: new InputText(context.DisplayPath(path),
            TextFileReader.Read(path, context.DisplayPath(path), MaxBytes)))));
        if (problems.Count > 0 || texts is null) throw new InputException(problems);

        // The same front door as the generator's steps: parsed, named and checked by the same functions.
        var analysis = FactSetAnalysis.Analyze(texts.Select(t => t.Text), documents);
        var files = texts.Select((t, i) => new LoadedFactFile(t.FullPath, t.Text.Path, t.Text.Text, analysis.Files[i])).ToList();
        return new FactSet(files, analysis.Documents, analysis.Diagnostics, analysis.Kinds.Catalog);
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
