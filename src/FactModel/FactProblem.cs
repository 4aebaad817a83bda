using System;

namespace FactModel;

/// <summary>
/// What is wrong with a fact built at run time, as the generated <c>Validate()</c> of a declared kind reports it: a
/// required field left out (FM1003), a reference to nothing (FM2001) or to a fact of the wrong kind (FM2002).
/// </summary>
public sealed class FactProblem : IEquatable<FactProblem>
{
    /// <summary>Creates a problem.</summary>
    public FactProblem(string id, string factId, string key, string message)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        FactId = factId ?? throw new ArgumentNullException(nameof(factId));
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The diagnostic's id, as the build reports it: <c>FM1003</c>.</summary>
    public string Id { get; }

    /// <summary>The id of the fact that has the problem.</summary>
    public string FactId { get; }

    /// <summary>The key of the field, as fact files write it: <c>according-to</c>.</summary>
    public string Key { get; }

    /// <summary>What is wrong, for people.</summary>
    public string Message { get; }

    /// <summary>"FM1003: message".</summary>
    public override string ToString() => $"{Id}: {Message}";

    /// <inheritdoc/>
    public bool Equals(FactProblem? other) =>
        other is not null && Id == other.Id && FactId == other.FactId && Key == other.Key && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => (Id, FactId, Key, Message).GetHashCode();
}
