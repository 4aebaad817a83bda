using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Core.Model;

/// <summary>
/// One fact as the rest of the model sees it: its id, section, runtime type, C# name, file, and its place among the
/// facts its file contributes (which the emitters use to find the data field that holds it).
/// </summary>
public sealed record DirectoryEntry(string Id, FactSection Section, string RuntimeType, string MemberName, string FilePath, int Ordinal);

/// <summary>
/// The facts that make it into the generated model, sorted by id: for each id the first definition (by file path,
/// then position), leaving out facts whose C# name clashes with an earlier one or with a generated member. It holds
/// no positions, so it only changes when ids, kinds or files change, and emitting one file can depend on it without
/// re-running for edits elsewhere.
/// </summary>
public sealed record FactDirectory(EquatableArray<DirectoryEntry> Entries)
{
    private Dictionary<string, DirectoryEntry>? _byId;

    /// <summary>Builds the directory from every parsed file.</summary>
    public static FactDirectory Build(IEnumerable<ParsedFactFile> files, System.Threading.CancellationToken cancellationToken = default) =>
        Build(files.SelectMany(f => f.Facts.Select(s => (f.FilePath, s))), cancellationToken);

    /// <summary>Builds the directory from facts and the files they are in.</summary>
    public static FactDirectory Build(IEnumerable<(string FilePath, FactSpec Fact)> facts, System.Threading.CancellationToken cancellationToken = default)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<DirectoryEntry>();
        foreach (var (path, fact) in FactSetValidator.InDefinitionOrder(facts))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string name = Kebab.ToPascalCase(fact.Id);
            if (!ids.Add(fact.Id) || FactSetValidator.GeneratedMemberNames.Contains(name) || !names.Add(name)) continue;
            perFile.TryGetValue(path, out int ordinal);
            perFile[path] = ordinal + 1;
            entries.Add(new DirectoryEntry(fact.Id, fact.Section, fact.RuntimeType, name, path, ordinal));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new FactDirectory(entries.ToEquatableArray());
    }

    /// <summary>The entry of <paramref name="id"/>, if the model has it.</summary>
    public bool TryGet(string id, out DirectoryEntry entry)
    {
        _byId ??= Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return _byId.TryGetValue(id, out entry!);
    }

    /// <summary>The entry of <paramref name="fact"/> of <paramref name="filePath"/>, when it is the definition the model keeps.</summary>
    public DirectoryEntry? EntryOf(FactSpec fact, string filePath) =>
        TryGet(fact.Id, out var entry) && entry.FilePath == filePath && entry.Section == fact.Section ? entry : null;

    /// <inheritdoc/>
    public bool Equals(FactDirectory? other) => other is not null && Entries.Equals(other.Entries);

    /// <inheritdoc/>
    public override int GetHashCode() => Entries.GetHashCode();
}
