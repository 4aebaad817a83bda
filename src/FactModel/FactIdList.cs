using System;
using System.Collections.Generic;

namespace FactModel;

/// <summary>
/// Reads the list a <see cref="FactIdsAttribute"/> holds: each fact's id, then the name of its property, separated by
/// white space. One source file, compiled into the runtime library (<see cref="FactIdsAttribute.Entries"/>) and into
/// the FM4001 analyzer, which cannot load the runtime library, so that both read the list the generator writes alike.
/// </summary>
internal static class FactIdList
{
    public static List<(string Id, string Property)> Read(string idsAndProperties)
    {
        string[] words = idsAndProperties.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var entries = new List<(string Id, string Property)>(words.Length / 2);
        for (int i = 0; i + 1 < words.Length; i += 2) entries.Add((words[i], words[i + 1]));
        return entries;
    }
}
