using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>One fact as the id and name rules see it: its id, kind, C# name and where the id is written.</summary>
public sealed record IdEntry(string Id, string Kind, string MemberName, SourceSpan IdSpan);

/// <summary>
/// The ids of one file, every fact in the file's definition order (duplicates within the file too: they are errors).
/// An edit to anything but an id leaves it equal, so the global id rules stay cached.
/// </summary>
public sealed record IdSummary(string FilePath, EquatableArray<IdEntry> Facts) : IFileSummary;
