namespace FactModel;

/// <summary>
/// How the source qualifies a number, kept as written ("over 42,000", "some 1,200", "around 100").
/// <see cref="Quantity.LowerBound"/> and <see cref="Quantity.UpperBound"/> derive numeric bounds from it; see
/// docs/fact-format.md for the policy.
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<Qualifier>))]
#endif
public enum Qualifier
{
    /// <summary>The number as stated, no hedge: "250".</summary>
    Exact,
    /// <summary>"about 100": within the approximation tolerance.</summary>
    About,
    /// <summary>"around 100": within the approximation tolerance.</summary>
    Around,
    /// <summary>"approximately 100": within the approximation tolerance.</summary>
    Approximately,
    /// <summary>"roughly 100": within the approximation tolerance.</summary>
    Roughly,
    /// <summary>"some 1,200": within the approximation tolerance.</summary>
    Some,
    /// <summary>"nearly 100": below the number, within the tolerance.</summary>
    Nearly,
    /// <summary>"almost 100": below the number, within the tolerance.</summary>
    Almost,
    /// <summary>"over 42,000": more than the number, no upper bound.</summary>
    Over,
    /// <summary>"more than two": more than the number, no upper bound.</summary>
    MoreThan,
    /// <summary>"at least 10": the number or more.</summary>
    AtLeast,
    /// <summary>"under 10": less than the number.</summary>
    Under,
    /// <summary>"less than 10": less than the number.</summary>
    LessThan,
    /// <summary>"at most 10": the number or less.</summary>
    AtMost,
    /// <summary>"up to 10": the number or less.</summary>
    UpTo,
}

/// <summary>A count given by a word instead of a number ("dozens of hostages", "tens of thousands").</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<Magnitude>))]
#endif
public enum Magnitude
{
    /// <summary>"some": at least one.</summary>
    Some,
    /// <summary>"several", or a bare plural such as "hours" or "months": at least two.</summary>
    Several,
    /// <summary>"dozens": at least 24, fewer than 100.</summary>
    Dozens,
    /// <summary>"hundreds": at least 200, fewer than 1,000.</summary>
    Hundreds,
    /// <summary>"thousands": at least 2,000, fewer than 10,000.</summary>
    Thousands,
    /// <summary>"tens of thousands": at least 20,000, fewer than 100,000.</summary>
    TensOfThousands,
    /// <summary>"hundreds of thousands": at least 200,000, fewer than 1,000,000.</summary>
    HundredsOfThousands,
    /// <summary>"millions": at least 2,000,000, fewer than 1,000,000,000.</summary>
    Millions,
    /// <summary>"a few", or "just" with a bare plural ("just hours"): at least 2, fewer than 10.</summary>
    Few,
}

/// <summary>How sure the source is of a fact.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<Certainty>))]
#endif
public enum Certainty
{
    /// <summary>Stated as fact by the source.</summary>
    Reported,
    /// <summary>"believed to be": held true by someone, not established.</summary>
    Believed,
    /// <summary>"apparent", "appear to": what it looks like.</summary>
    Apparent,
    /// <summary>Asserted by a party to the events.</summary>
    Claimed,
    /// <summary>Contested between parties.</summary>
    Disputed,
}
