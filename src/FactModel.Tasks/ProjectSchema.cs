using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactModel.Core;
using FactModel.Core.Schema;
using FactModel.Core.Yaml;

namespace FactModel.Tasks;

/// <summary>A project's own schema of fact files, from the files themselves (kept apart from MSBuild's types so tests call it).</summary>
public static class ProjectSchema
{
    /// <summary>
    /// The schema of the fact files at <paramref name="paths"/>: the built-in kinds and the kinds the files declare
    /// (their sections and keys), with the ids of every fact the files define, those of declared kinds too. The files
    /// are read as the build reads them (<see cref="FactSetAnalysis"/>): the kinds every file declares first, then
    /// each file's facts with them. A file that cannot be read or parsed adds the kinds and ids it could give; a
    /// declaration that cannot be used is left out; the build reports their errors.
    /// </summary>
    public static string Of(IEnumerable<string> paths)
    {
        var files = new List<(string Path, string Text)>();
        foreach (string path in paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            try
            {
                files.Add((path, File.ReadAllText(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable now: the build will say so; the schema has what the other files give.
            }
        }
        var limits = FactFileLimits.Default;
        var (kinds, _) = FactSetAnalysis.BuildKinds(files.Select(f => FactSetAnalysis.ReadKinds(f.Path, f.Text, limits)).ToList());
        var facts = files.SelectMany(f => FactSetAnalysis.Parse(f.Path, f.Text, limits, kinds: kinds).Facts)
            .Where(f => f.Id.Length > 0)
            .Select(f => (f.Id, f.Declaration.Id));
        return FactFileSchema.Write(kinds.Catalog, facts);
    }
}
