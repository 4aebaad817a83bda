using System;
using FactModel.Specs;
using FactModel.Validation;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// One fact file's generated text, kept by the driver from run to run as the value of a step per file, so that an edit
/// of C# code or of another file emits it neither again nor into a source of its own: its output group's source
/// (<see cref="OutputGroups"/>) is made of these texts.
/// </summary>
/// <remarks>
/// Equal when the path and the text are: by reference first, which a cached value always is, then by content, so that
/// a file emitted again into the same text (an edit that changes nothing in the model) leaves its group's source as it
/// was. The text is what <see cref="Emit.FactFileEmitter"/> makes (chunks of characters, never one string on the large
/// object heap) and is handed on as it is.
/// </remarks>
internal sealed class EmittedFactFile : IEquatable<EmittedFactFile>
{
    public EmittedFactFile(string relativePath, SourceText? text, FactDiagnostic? error = null, long literalBytes = 0,
        EquatableArray<EmittedChunk> chunks = default, string @namespace = "", string chunkFunctions = "")
    {
        RelativePath = relativePath;
        Text = text;
        Error = error;
        LiteralBytes = literalBytes;
        Chunks = chunks;
        Namespace = @namespace;
        ChunkFunctions = chunkFunctions;
    }

    /// <summary>The file's path relative to the project: what places it in its group and in the group's order.</summary>
    public string RelativePath { get; }

    /// <summary>The file's namespace block; null when the model keeps none of its facts, or emitting it failed.</summary>
    public SourceText? Text { get; }

    /// <summary>FM9001 when emitting the file failed, reported by its group's output (a step cannot report).</summary>
    public FactDiagnostic? Error { get; }

    /// <summary>The chunks of the file's facts, which its group's part of <c>FactCatalog</c> declares; none without a text.</summary>
    public EquatableArray<EmittedChunk> Chunks { get; }

    /// <summary>The namespace of the generated model, which the group's part of <c>FactCatalog</c> is in.</summary>
    public string Namespace { get; }

    /// <summary>
    /// The functions the model's chunks share, as the arguments that follow the chunks' counts where the group's part of
    /// <c>FactCatalog</c> makes them: the lookup by id and, in a project with kinds of its own, the function that builds
    /// their facts. The same for every file of a model; each file carries it so that the group needs no settings.
    /// </summary>
    public string ChunkFunctions { get; }

    /// <summary>What the file's data takes of the assembly's string heap when held as strings (C# 10); 0 as UTF-8 (<see cref="Emit.StringLiteralBudget"/>).</summary>
    public long LiteralBytes { get; }

    /// <summary>Whether the file adds anything to its group: a text, or an error to report.</summary>
    public bool HasOutput => Text is not null || Error is not null;

    public bool Equals(EmittedFactFile? other) =>
        other is not null
        && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
        && LiteralBytes == other.LiteralBytes
        && Equals(Error, other.Error)
        && string.Equals(Namespace, other.Namespace, StringComparison.Ordinal)
        && string.Equals(ChunkFunctions, other.ChunkFunctions, StringComparison.Ordinal)
        && Chunks.Equals(other.Chunks)
        && SameText(Text, other.Text);

    public override bool Equals(object? obj) => Equals(obj as EmittedFactFile);

    public override int GetHashCode() => unchecked(StringComparer.Ordinal.GetHashCode(RelativePath) * 31 + (Text?.Length ?? -1));

    internal static bool SameText(SourceText? mine, SourceText? theirs) =>
        ReferenceEquals(mine, theirs) || mine is not null && theirs is not null && mine.Length == theirs.Length && mine.ContentEquals(theirs);
}
