using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactModel.Tests.Facts;

namespace FactModel.Tests;

/// <summary>
/// The runtime half of the kinds a project declares ("Your own kinds"): built-in fact types that generated classes
/// extend through their copy constructors, the data of declared facts read through <see cref="FactFields"/>, equality
/// by kind and id, what generated validation reads from <see cref="FactRef{T}"/>, and JSON. The classes below are
/// written as the generator will write them.
/// </summary>
public class DeclaredKindRuntimeTests
{
    public enum Severity { Minor, VeryHigh }

    /// <summary>A kind that extends <c>person</c>, with fields of its own.</summary>
    public sealed class TestPolitician : Person
    {
        private readonly FactRef<Organization>? _party;

        internal TestPolitician(FactFields f) : base((Person)f.Base!)
        {
            _party = f.Reference<Organization>();
            Seats = f.Number();
            Elected = f.Boolean();
        }

        public TestPolitician(Person person, FactRef<Organization>? party = null, decimal? seats = null, bool? elected = null) : base(person)
        {
            _party = party;
            Seats = seats;
            Elected = elected;
        }

        public Organization? Party => _party?.Fact;
        public decimal? Seats { get; }
        public bool? Elected { get; }
    }

    /// <summary>A kind that extends a declared kind: its base's declared fields come first.</summary>
    public sealed class TestSenator : Person
    {
        internal TestSenator(FactFields f) : base((Person)f.Base!)
        {
            Politician = new TestPolitician(f);
            State = f.Text();
        }

        public TestPolitician Politician { get; }
        public string? State { get; }
    }

    /// <summary>A kind that extends <c>fact</c> directly, with a field of every type.</summary>
    public sealed class TestReport : Fact
    {
        private readonly FactRef<Organization>? _by;

        internal TestReport(FactFields f) : base(f.Id, f.Sources, f.Notes)
        {
            Title = f.Text();
            Count = f.Number();
            Confirmed = f.Boolean();
            Toll = f.Quantity();
            Share = f.Share();
            Period = f.DateSpan();
            Severity = f.Word<Severity>();
            _by = f.Reference<Organization>();
            Cites = f.References<Fact>();
            Keywords = f.Texts();
            Scores = f.List(x => x.Number());
        }

        public string? Title { get; }
        public decimal? Count { get; }
        public bool? Confirmed { get; }
        public Quantity? Toll { get; }
        public Share? Share { get; }
        public DateSpan? Period { get; }
        public Severity? Severity { get; }
        public Organization? By => _by?.Fact;
        public IReadOnlyList<Fact> Cites { get; }
        public IReadOnlyList<string> Keywords { get; }
        public IReadOnlyList<decimal?> Scores { get; }
        public override string DisplayName => Title ?? Id;
    }

    private static Fact? Declared(FactFields f) => f.Kind switch
    {
        "politician" => new TestPolitician(f),
        "senator" => new TestSenator(f),
        "casualty-report" => new TestReport(f),
        _ => null,
    };

    // An organization: its id and name, then eight empty tokens (aliases, description, roles, part-of, led-by,
    // wikidata, sources, notes).
    private const string Union = "O|civic-union|Civic Union|" + "||||||||" + "\n";
    private const string Ministry = "O|ministry|Ministry of Health|" + "||||||||" + "\n";
    // A person: id, name, aliases (a count, then each), description, roles (a count, then title, of, from, until each),
    // part-of, led-by, wikidata, sources (a count, then document and quote each), notes.
    private const string Brenner = "P|tomas-brenner|Tomas Brenner|1|Mr Brenner|a politician|1|leader|civic-union|y2020||civic-union||Q42|1|doc|Brenner said|a note|";

    /// <summary>Reads facts as a generated model does: references resolve among the facts read.</summary>
    private static Fact[] Read(int count, string data, Func<FactFields, Fact?>? declared = null)
    {
        Fact[] facts = null!;
        Func<string, Fact?> lookup = id => facts.FirstOrDefault(f => f.Id == id);
        var bytes = Encoding.UTF8.GetBytes(data);
        facts = declared is null ? FactData.Read(count, lookup, bytes) : FactData.Read(count, lookup, bytes, declared);
        return facts;
    }

    [Fact]
    public void A_fact_of_a_kind_that_extends_fact_reads_a_value_of_every_type()
    {
        // 25 tokens: text, number, boolean, quantity (4), share (4), date span (2), word, reference, references (3),
        // texts (3), a list of numbers (4, one empty).
        const string report = "X|casualty-report|report-1|25|Hospital ^007C report|12.5|1|n|42000|8|people|f|1|3|0|d2024.10.7|+|very-high|ministry|2|ministry|civic-union|2|dead|wounded|3|1|2.5||1|doc|the ministry said|checked twice|";

        var facts = Read(3, Union + Ministry + report, Declared);

        var r = facts[2].ShouldBeOfType<TestReport>();
        r.Id.ShouldBe("report-1");
        r.Title.ShouldBe("Hospital | report");
        r.Count.ShouldBe(12.5m);
        r.Confirmed.ShouldBe(true);
        r.Toll!.ToString().ShouldBe("over 42,000 people");
        r.Share!.ToString().ShouldBe("1/3");
        r.Period!.IsOngoing.ShouldBeTrue();
        r.Period.Start.ShouldBe(PartialDate.FromDay(2024, 10, 7));
        r.Severity.ShouldBe(Severity.VeryHigh);
        r.By.ShouldBeSameAs(facts[1]);
        r.Cites.ShouldBe(new[] { facts[1], facts[0] });
        r.Cites[1].ShouldBeSameAs(facts[0]);
        r.Keywords.ShouldBe(new[] { "dead", "wounded" });
        r.Scores.ShouldBe(new decimal?[] { 1m, 2.5m, null });
        r.Sources.ShouldBe(new[] { new Source("doc", "the ministry said") });
        r.Notes.ShouldBe("checked twice");
    }

    /// <summary>A report with every value null or empty: 12 empty tokens (a date span is two), no sources, no notes.</summary>
    private const string EmptyReport = "X|casualty-report|report-2|12|" + "||||||||||||" + "0||";

    [Fact]
    public void Empty_tokens_are_null_values_and_empty_lists()
    {
        var r = Read(1, EmptyReport, Declared)[0].ShouldBeOfType<TestReport>();

        new object?[] { r.Title, r.Count, r.Confirmed, r.Toll, r.Share, r.Period, r.Severity, r.By }.ShouldAllBe(v => v == null);
        r.Cites.ShouldBeEmpty();
        r.Keywords.ShouldBeEmpty();
        r.Scores.ShouldBeEmpty();
        r.Sources.ShouldBeEmpty();
        r.Notes.ShouldBeNull();
    }

    [Fact]
    public void A_fact_of_a_kind_that_extends_a_built_in_kind_carries_every_field_of_its_base()
    {
        var facts = Read(2, Union + "Y|politician|" + Brenner + "3|civic-union|12|0|", Declared);

        var p = facts[1].ShouldBeOfType<TestPolitician>();
        p.Party.ShouldBeSameAs(facts[0]);
        p.Seats.ShouldBe(12m);
        p.Elected.ShouldBe(false);
        p.Kind.ShouldBe(ActorKind.Person);
        p.Id.ShouldBe("tomas-brenner");
        p.Name.ShouldBe("Tomas Brenner");
        p.Aliases.ShouldBe(new[] { "Mr Brenner" });
        p.Description.ShouldBe("a politician");
        p.Roles.ShouldHaveSingleItem().ToString().ShouldBe("leader of Civic Union");
        p.Roles[0].From.ShouldBe(PartialDate.FromYear(2020));
        p.PartOf.ShouldBeSameAs(facts[0]);
        p.LedBy.ShouldBeNull();
        p.Wikidata.ShouldBe("Q42");
        p.Sources.ShouldBe(new[] { new Source("doc", "Brenner said") });
        p.Notes.ShouldBe("a note");
    }

    [Fact]
    public void A_kind_that_extends_a_declared_kind_reads_its_base_kinds_fields_first()
    {
        var facts = Read(2, Union + "Y|senator|" + Brenner + "4|civic-union|12|1|Ohio|", Declared);

        var s = facts[1].ShouldBeOfType<TestSenator>();
        s.Politician.Party.ShouldBeSameAs(facts[0]);
        s.Politician.Elected.ShouldBe(true);
        s.State.ShouldBe("Ohio");
        s.Name.ShouldBe("Tomas Brenner");
    }

    [Fact]
    public void Facts_of_every_kind_follow_each_other_in_any_order()
    {
        var facts = Read(4, "Y|politician|" + Brenner + "3|civic-union|12|0|\n" + EmptyReport + "\n" + Union + "Y|politician|" + Brenner + "3|||1|", Declared);

        facts.Select(f => f.GetType()).ShouldBe(new[] { typeof(TestPolitician), typeof(TestReport), typeof(Organization), typeof(TestPolitician) });
        ((TestPolitician)facts[0]).Party.ShouldBeSameAs(facts[2]);
        ((TestPolitician)facts[3]).Party.ShouldBeNull();
        ((TestPolitician)facts[3]).Elected.ShouldBe(true);
    }

    [Fact]
    public void Fields_of_an_extension_name_its_base_and_take_its_id_sources_and_notes()
    {
        FactFields? fields = null;
        Read(2, Union + "Y|politician|" + Brenner + "3|civic-union|12|0|", f => { fields = f; return new TestPolitician(f); });

        fields!.Kind.ShouldBe("politician");
        fields.Base.ShouldBeOfType<Person>().Name.ShouldBe("Tomas Brenner");
        fields.Id.ShouldBe("tomas-brenner");
        fields.Sources.ShouldBeSameAs(fields.Base!.Sources);
        fields.Notes.ShouldBe("a note");
    }

    [Fact]
    public void Data_with_declared_facts_and_no_way_to_build_them_fails_naming_the_kind()
    {
        const string report = "X|casualty-report|r|0|0||";

        Should.Throw<FormatException>(() => Read(1, report)).Message.ShouldContain("casualty-report");
        Should.Throw<FormatException>(() => Read(1, "Y|politician|" + Brenner + "0|")).Message.ShouldContain("politician");
        Should.Throw<FormatException>(() => Read(1, report, _ => null)).Message.ShouldContain("casualty-report");
        Should.Throw<FormatException>(() => FactData.Read(1, _ => null, report)).Message.ShouldContain("casualty-report");
    }

    [Fact]
    public void Declared_values_that_the_kind_does_not_read_or_that_run_short_fail_loudly()
    {
        // Two values more than a politician reads; then one value fewer than it reads.
        Should.Throw<FormatException>(() => Read(2, Union + "Y|politician|" + Brenner + "5|civic-union|12|0|x|y|", Declared))
            .Message.ShouldContain("tomas-brenner");
        Should.Throw<FormatException>(() => Read(2, Union + "Y|politician|" + Brenner + "2|civic-union|12|", Declared));
        // A declared kind extends a built-in kind, not another declared fact.
        Should.Throw<FormatException>(() => Read(1, "Y|politician|X|casualty-report|r|0|0||0|", Declared));
    }

    [Fact]
    public void A_word_that_names_no_member_of_its_enum_fails()
    {
        foreach (string word in new[] { "severe", "veryhigh", "very_high", "1", "minor,very-high" })
        {
            // Seven empty tokens before the word (a date span is two), four after it.
            string report = "X|casualty-report|r|12|" + "|||||||" + word + "|" + "||||" + "0||";
            Should.Throw<FormatException>(() => Read(1, report, Declared), word).Message.ShouldContain(word);
        }
    }

    [Fact]
    public void A_boolean_is_one_or_zero()
    {
        Should.Throw<FormatException>(() => Read(2, Union + "Y|politician|" + Brenner + "3|civic-union|12|yes|", Declared));
    }

    [Fact]
    public void Facts_are_equal_when_they_are_of_the_same_type_and_have_the_same_id()
    {
        var person = new Person("tomas-brenner", "Tomas Brenner");
        var same = new Person("tomas-brenner", "T. Brenner", description: "other fields do not count");
        var politician = new TestPolitician(person);

        same.Equals(person).ShouldBeTrue();
        ((object)same).Equals(person).ShouldBeTrue();
        ((IEquatable<Fact>)same).Equals(person).ShouldBeTrue();
        same.GetHashCode().ShouldBe(person.GetHashCode());
        politician.Equals(person).ShouldBeFalse();
        person.Equals(politician).ShouldBeFalse();
        politician.Equals(new TestPolitician(same)).ShouldBeTrue();
        new Organization("tomas-brenner", "Tomas Brenner").Equals(person).ShouldBeFalse();
        new Person("other", "Tomas Brenner").Equals(person).ShouldBeFalse();
        person.Equals(null).ShouldBeFalse();
        new HashSet<Fact> { person, same, politician }.Count.ShouldBe(2);
    }

    [Fact]
    public void Facts_that_refer_to_each_other_compare_hash_and_print_without_recursion()
    {
        var person = new Person("tomas-brenner", "Tomas Brenner");
        Organization? union = null;
        var politician = new TestPolitician(person, new FactRef<Organization>(() => union!));
        union = new Organization("civic-union", "Civic Union", ledBy: politician);
        var again = new TestPolitician(person, new FactRef<Organization>(() => new Organization("civic-union", "Civic Union", ledBy: politician)));

        politician.ToString().ShouldBe("Tomas Brenner");
        politician.Party!.LedBy.ShouldBeSameAs(politician);
        politician.Equals(again).ShouldBeTrue();
        politician.GetHashCode().ShouldBe(again.GetHashCode());
        union.Equals(again.Party).ShouldBeTrue();
    }

    [Fact]
    public void A_copy_constructor_copies_every_field()
    {
        // Every seed fact and a share of a whole in words, so that every field holds something in one of them; every
        // field of every class from the built-in type up, private ones included. A generated model's fact is a head
        // whose fields are in its rest, the same fact read whole: the copy is compared with that, and the three fields
        // that say where a head's rest is are never set on a whole fact.
        var headFields = new[] { "_chunk", "_line", "_rest" }.Select(name => typeof(Fact).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)!).ToList();
        headFields.ShouldAllBe(field => field != null);
        var originals = FactCatalog.All.Select(fact => fact.Rest ?? fact).Append(new Figure("officers", "officers killed", share: Share.Fraction(1, 3), ofDescription: "the officers"));
        var unset = new HashSet<FieldInfo>();
        var set = new HashSet<FieldInfo>();
        foreach (var original in originals)
        {
            // A figure derives its value once and keeps it: derive it now, so that no other test changes it mid-comparison.
            _ = (original as Figure)?.Value;
            Fact copy = original switch
            {
                Person p => new CopiedPerson(p),
                Organization o => new CopiedOrganization(o),
                State s => new CopiedState(s),
                Group g => new CopiedGroup(g),
                Place l => new CopiedPlace(l),
                Event e => new CopiedEvent(e),
                Figure f => new CopiedFigure(f),
                _ => throw new InvalidOperationException(original.GetType().Name),
            };
            for (var type = original.GetType(); type != typeof(object); type = type.BaseType!)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    object? value = field.GetValue(original);
                    field.GetValue(copy).ShouldBe(value, $"{original.Id}: {type.Name}.{field.Name}");
                    (value is null or System.Collections.ICollection { Count: 0 } ? unset : set).Add(field);
                }
            }
            copy.ToString().ShouldBe(original.ToString());
        }
        // The seed facts leave these out, so the comparison above proves nothing for them.
        unset.Except(set).Except(headFields).Select(f => $"{f.DeclaringType!.Name}.{f.Name}").ShouldBeEmpty();
    }

    private sealed class CopiedPerson(Person original) : Person(original);
    private sealed class CopiedOrganization(Organization original) : Organization(original);
    private sealed class CopiedState(State original) : State(original);
    private sealed class CopiedGroup(Group original) : Group(original);
    private sealed class CopiedPlace(Place original) : Place(original);
    private sealed class CopiedEvent(Event original) : Event(original);
    private sealed class CopiedFigure(Figure original) : Figure(original);

    [Fact]
    public void A_reference_tells_its_id_whether_it_is_empty_and_finds_its_fact_without_throwing()
    {
        var union = new Organization("civic-union", "Civic Union");
        var person = new Person("tomas-brenner", "Tomas Brenner");
        Func<string, Fact?> lookup = id => id == union.Id ? union : id == person.Id ? person : null;

        var empty = default(FactRef<Organization>);
        empty.IsEmpty.ShouldBeTrue();
        empty.Id.ShouldBeNull();
        empty.Find().ShouldBeNull();

        var byId = new FactRef<Organization>("civic-union", lookup);
        byId.IsEmpty.ShouldBeFalse();
        byId.Id.ShouldBe("civic-union");
        byId.Find().ShouldBeSameAs(union);

        var missing = new FactRef<Organization>("nobody", lookup);
        missing.Id.ShouldBe("nobody");
        missing.Find().ShouldBeNull();

        // A fact of the wrong kind is found, for validation to report it (FM2002), where Fact throws.
        var wrongKind = new FactRef<Organization>("tomas-brenner", lookup);
        wrongKind.Find().ShouldBeSameAs(person);
        Should.Throw<InvalidOperationException>(() => wrongKind.Fact);

        FactRef<Organization> fromFact = union;
        fromFact.IsEmpty.ShouldBeFalse();
        fromFact.Id.ShouldBe("civic-union");
        fromFact.Find().ShouldBeSameAs(union);

        var throughFunction = new FactRef<Organization>(() => union);
        throughFunction.IsEmpty.ShouldBeFalse();
        throughFunction.Id.ShouldBeNull();
        throughFunction.Find().ShouldBeSameAs(union);
    }

    [Fact]
    public void Problems_are_equal_when_their_four_parts_are()
    {
        var problem = new FactProblem("FM1003", "report-1", "according-to", "'report-1' needs 'according-to'.");

        problem.ShouldBe(new FactProblem("FM1003", "report-1", "according-to", "'report-1' needs 'according-to'."));
        problem.GetHashCode().ShouldBe(new FactProblem("FM1003", "report-1", "according-to", "'report-1' needs 'according-to'.").GetHashCode());
        problem.ShouldNotBe(new FactProblem("FM2001", "report-1", "according-to", "'report-1' needs 'according-to'."));
        problem.ShouldNotBe(new FactProblem("FM1003", "report-2", "according-to", "'report-1' needs 'according-to'."));
        problem.ShouldNotBe(new FactProblem("FM1003", "report-1", "by", "'report-1' needs 'according-to'."));
        problem.ShouldNotBe(new FactProblem("FM1003", "report-1", "according-to", "other"));
        problem.Equals(null).ShouldBeFalse();
        problem.ToString().ShouldBe("FM1003: 'report-1' needs 'according-to'.");
    }

    [Fact]
    public void A_subclass_of_a_built_in_type_writes_as_json_what_the_built_in_writes()
    {
        var person = new Person("tomas-brenner", "Tomas Brenner", aliases: new[] { "Mr Brenner" }, sources: new[] { new Source("doc", "Brenner said") });
        var politician = new TestPolitician(person, seats: 12);

        var expected = JsonNode.Parse(JsonSerializer.Serialize(person))!.AsObject();
        expected["type"] = nameof(TestPolitician);

        foreach (string json in new[] { JsonSerializer.Serialize<Fact>(politician), JsonSerializer.Serialize<Actor>(politician), JsonSerializer.Serialize<Person>(politician) })
            JsonNode.DeepEquals(JsonNode.Parse(json), expected).ShouldBeTrue(json);
    }

    [Fact]
    public void A_fact_of_a_type_the_converters_do_not_know_writes_its_id_kind_sources_and_notes()
    {
        var report = (TestReport)Read(1, "X|casualty-report|report-1|12|Report|" + "|||||||||||" + "1|doc|the ministry said|a note|", Declared)[0];

        foreach (string json in new[] { JsonSerializer.Serialize<Fact>(report), JsonSerializer.Serialize<IReadOnlyList<Fact>>(new[] { report })[1..^1] })
        {
            var node = JsonNode.Parse(json)!;
            ((string?)node["id"]).ShouldBe("report-1", json);
            ((string?)node["kind"]).ShouldBe("test-report", json);
            ((string?)node["sources"]![0]!["quote"]).ShouldBe("the ministry said", json);
            ((string?)node["notes"]).ShouldBe("a note", json);
        }
    }
}
