using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Core.Kinds;

/// <summary>
/// A kind a project declares in a <c>kinds:</c> section, with where its parts are written, so that the checks between
/// files (<see cref="ProjectKinds"/>) can point at the line to fix.
/// </summary>
/// <param name="Declaration">What the YAML says.</param>
/// <param name="FilePath">The fact file that declares it.</param>
/// <param name="IdSpan">Where its <c>id</c> is written.</param>
/// <param name="SectionSpan">Where its <c>section</c> is written (its id's span when it has none).</param>
/// <param name="ExtendsSpan">Where its <c>extends</c> is written (its id's span when it has none).</param>
/// <param name="Fields">Where each of its fields' parts is written, in the order of <see cref="KindDeclaration.Fields"/>.</param>
public sealed record DeclaredKind(KindDeclaration Declaration, string FilePath, SourceSpan IdSpan, SourceSpan SectionSpan, SourceSpan ExtendsSpan,
    EquatableArray<DeclaredFieldSpans> Fields);

/// <summary>Where a declared field's <c>key</c>, <c>type</c> and <c>values</c> are written.</summary>
public readonly record struct DeclaredFieldSpans(SourceSpan Key, SourceSpan Type, SourceSpan Values);

/// <summary>The kinds one fact file declares, and the problems found reading them (FM1002, FM1003, FM1004).</summary>
public sealed record DeclaredKindsFile(string FilePath, EquatableArray<DeclaredKind> Kinds, EquatableArray<FactDiagnostic> Diagnostics);
