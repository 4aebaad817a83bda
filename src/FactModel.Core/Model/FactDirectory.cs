using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Core.Model;

/// <summary>
/// One fact as the rest of the model sees it: its id, section, kind, runtime type, C# name, file, and its place among
/// the facts its file contributes (which the emitters use to find the data field that holds it).
/// </summary>
public sealed record DirectoryEntry(string Id, FactSection Section, string Kind, string RuntimeType, string MemberName, string FilePath, int Ordinal);

/// <summary>A fact that may make it into the directory: what its entry would say, but its file and ordinal.</summary>
public sealed record DirectoryCandidate(string Id, FactSection Section, string Kind, string RuntimeType, string MemberName);

/// <summary>
/// One file's facts by position, as the directory reads them: no values and no positions, so an edit to a value, a
/// comment or a line count leaves it equal.
/// </summary>
public sealed record DirectoryFile(string FilePath, EquatableArray<DirectoryCandidate> Facts)
{
    /// <summary>Summarizes <paramref name="file"/>.</summary>
    public static DirectoryFile Of(ParsedFactFile file, System.Threading.CancellationToken cancellationToken = default)
    {
        var facts = new List<DirectoryCandidate>(file.Facts.Count);
        foreach (var fact in FactModel.Validation.Rules.DefinitionOrder.InFile(file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            facts.Add(new DirectoryCandidate(fact.Id, fact.Section, fact.Declaration.Id, fact.RuntimeType, Kebab.ToPascalCase(fact.Id)));
        }
        return new DirectoryFile(file.FilePath, facts.ToEquatableArray());
    }
}

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
    public static FactDirectory Build(IEnumerable<ParsedFactFile> files, System.Threading.CancellationToken cancellationToken = default,
        FactModel.Core.Kinds.KindCatalog? kinds = null) =>
        Build(files.Select(f => DirectoryFile.Of(f, cancellationToken)), cancellationToken, kinds);

    /// <summary>
    /// Builds the directory from each file's candidates. The incremental generator summarizes each file on its own
    /// and builds from the summaries, which a value edit leaves equal: then the directory is not built again.
    /// </summary>
    public static FactDirectory Build(IEnumerable<DirectoryFile> files, System.Threading.CancellationToken cancellationToken = default,
        FactModel.Core.Kinds.KindCatalog? kinds = null)
    {
        var reserved = FactModel.Validation.Rules.IdRules.ReservedNames(kinds);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<DirectoryEntry>();
        // Definition order (DefinitionOrder): files by path, then each file's facts by position.
        foreach (var file in FactModel.Validation.Rules.DefinitionOrder.OfFiles(files, f => f.FilePath))
        foreach (var fact in file.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ids.Add(fact.Id) || reserved.Contains(fact.MemberName) || !names.Add(fact.MemberName)) continue;
            perFile.TryGetValue(file.FilePath, out int ordinal);
            perFile[file.FilePath] = ordinal + 1;
            entries.Add(new DirectoryEntry(fact.Id, fact.Section, fact.Kind, fact.RuntimeType, fact.MemberName, file.FilePath, ordinal));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new FactDirectory(entries.ToEquatableArray());
    }

    /// <summary>The entry of <paramref name="id"/>, if the model has it.</summary>
    public bool TryGet(string id, out DirectoryEntry entry)
    {
        _byId ??= Index(Entries);
        return _byId.TryGetValue(id, out entry!);
    }

    /// <summary>The entries by id, in a dictionary sized up front (at 10,000 facts, growing it would fill the large object heap).</summary>
    private static Dictionary<string, DirectoryEntry> Index(EquatableArray<DirectoryEntry> entries)
    {
        var index = new Dictionary<string, DirectoryEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries) index.Add(entry.Id, entry);
        return index;
    }

    /// <summary>The entry of <paramref name="fact"/> of <paramref name="filePath"/>, when it is the definition the model keeps.</summary>
    public DirectoryEntry? EntryOf(FactSpec fact, string filePath) =>
        TryGet(fact.Id, out var entry) && entry.FilePath == filePath && entry.Section == fact.Section ? entry : null;

    /// <inheritdoc/>
    public bool Equals(FactDirectory? other) => other is not null && Entries.Equals(other.Entries);

    /// <inheritdoc/>
    public override int GetHashCode() => Entries.GetHashCode();
}
