using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>A fact the date rules read: an actor with roles, or an event with a date.</summary>
public abstract record DatedFact(string Id);

/// <summary>An actor's roles: their dates are checked, and a participant's role is looked up in them.</summary>
public sealed record ActorRoles(string Id, EquatableArray<RoleSpec> Roles) : DatedFact(Id);

/// <summary>An event with a date, and the relations and participants its date is checked against.</summary>
public sealed record DatedEvent(string Id, DateSpan Date, SourceSpan DateSpan, Reference? PartOf, EquatableArray<Reference> After,
    EquatableArray<Reference> Before, EquatableArray<ParticipantSpec> Participants) : DatedFact(Id);

/// <summary>
/// The dates of one file: the facts that may be definitions (the first of each id in the file) and have dates to
/// check or to be checked against, in the file's definition order. A figure edit leaves it equal, so the global date
/// check stays cached.
/// </summary>
public sealed record DateSummary(string FilePath, EquatableArray<DatedFact> Facts) : IFileSummary;
