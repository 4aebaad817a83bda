using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// Puts the fact files' texts into a few generated sources instead of one each (issue 20). Roslyn's driver pays for
/// every generated source on every run, a C#-only edit too (it carries each cached source over and checks its hint
/// name): at 500 fact files that was half of a C#-only edit. A group re-emits whole when one of its files changes, and
/// the compiler parses it again, so groups are small: about four files at most on average, their number a power of two
/// that grows with the files (<see cref="CountFor"/>).
/// </summary>
/// <remarks>
/// A file's group depends on its path relative to the project and the number of groups only, never on the order of
/// the inputs, the checkout or the process (<see cref="GroupOf"/>): the output stays byte-identical, and adding a file
/// moves no other file unless the number of groups doubles.
/// </remarks>
internal static class OutputGroups
{
    /// <summary>The files one group holds on average at most (fewer after a doubling).</summary>
    private const int FilesPerGroup = 4;

    /// <summary>
    /// The number of groups for <paramref name="files"/> fact files: the least power of two with at most
    /// <see cref="FilesPerGroup"/> files each on average, at least 1. A power of two, so that the count changes only at
    /// each doubling of the files (and with it every file's group).
    /// </summary>
    public static int CountFor(int files)
    {
        int groups = 1;
        while ((long)groups * FilesPerGroup < files) groups *= 2;
        return groups;
    }

    /// <summary>
    /// The group of the file at <paramref name="relativePath"/>: FNV-1a (32 bits) of the path's characters, modulo
    /// <paramref name="groups"/>. Not <see cref="string.GetHashCode()"/>, which differs from process to process.
    /// </summary>
    public static int GroupOf(string relativePath, int groups)
    {
        const uint OffsetBasis = 2166136261, Prime = 16777619;
        uint hash = OffsetBasis;
        foreach (char c in relativePath) hash = unchecked((hash ^ c) * Prime);
        return (int)(hash % (uint)groups);
    }

    /// <summary>
    /// The groups of <paramref name="files"/> (every fact file, in any order), by number; a group none of whose files
    /// has output is left out. The number of groups counts every fact file, those without output too, so that it does
    /// not change when an edit empties a file.
    /// </summary>
    public static ImmutableArray<OutputGroup> Of(ImmutableArray<EmittedFactFile> files, CancellationToken cancellationToken)
    {
        int count = CountFor(files.Length);
        var members = new List<EmittedFactFile>?[count];
        foreach (var file in files)
        {
            if (file.HasOutput) (members[GroupOf(file.RelativePath, count)] ??= new List<EmittedFactFile>(2 * FilesPerGroup)).Add(file);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var groups = ImmutableArray.CreateBuilder<OutputGroup>(count);
        for (int index = 0; index < count; index++)
        {
            if (members[index] is { } list) groups.Add(new OutputGroup(index, new EquatableArray<EmittedFactFile>(ByPath(list))));
        }
        return groups.ToImmutable();
    }

    /// <summary>
    /// The files of a group by path, so that the order of the inputs does not matter. An insertion sort: it is stable
    /// (two inputs of one path keep their order), and a group holds a few files. This runs over every file on every
    /// edit, so it allocates no more than the array it returns.
    /// </summary>
    private static EmittedFactFile[] ByPath(List<EmittedFactFile> files)
    {
        var sorted = files.ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            var file = sorted[i];
            int j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(sorted[j].RelativePath, file.RelativePath) > 0; j--) sorted[j + 1] = sorted[j];
            sorted[j + 1] = file;
        }
        return sorted;
    }
}
