using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactModel.Core.Kinds;
using FactModel.Core.Parsing;
using FactModel.Core.Schema;

namespace FactModel.Tasks;

/// <summary>A project's own schema of fact files, from the files themselves (kept apart from MSBuild's types so tests call it).</summary>
public static class ProjectSchema
{
    /// <summary>
    /// The schema of the fact files at <paramref name="paths"/>: the built-in kinds, with the ids of every fact the
    /// files define. A file that cannot be read or parsed adds the ids it could give; the build reports its errors.
    /// </summary>
    public static string Of(IEnumerable<string> paths)
    {
        var facts = new List<(string Id, string Kind)>();
        foreach (string path in paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            facts.AddRange(FactFileParser.Parse(path, text).Facts.Where(f => f.Id.Length > 0).Select(f => (f.Id, f.Declaration.Id)));
        }
        return FactFileSchema.Write(BuiltInKinds.Catalog, facts);
    }
}
