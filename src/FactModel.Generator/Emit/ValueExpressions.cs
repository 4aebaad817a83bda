using FactModel;

namespace FactModel.Generator.Emit;

/// <summary>C# expressions that rebuild the runtime value types: partial dates, date spans, quantities and shares.</summary>
internal static class Dates
{
    public static string Partial(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => $"Fm.PartialDate.FromDay({date.Year}, {date.Month}, {date.Day})",
        DatePrecision.Month => $"Fm.PartialDate.FromMonth({date.Year}, {date.Month})",
        DatePrecision.Season => $"Fm.PartialDate.FromSeason({date.Year}, Fm.Season.{date.Season})",
        _ => $"Fm.PartialDate.FromYear({date.Year})",
    };

    public static string Span(DateSpan span) =>
        span.IsOngoing ? $"Fm.DateSpan.Since({Partial(span.Start)})"
        : span.End is { } end ? $"Fm.DateSpan.Between({Partial(span.Start)}, {Partial(end)})"
        : $"Fm.DateSpan.On({Partial(span.Start)})";
}

/// <inheritdoc cref="Dates"/>
internal static class Quantities
{
    public static string Of(Quantity quantity)
    {
        string unit = quantity.Unit is null ? "" : ", " + CSharp.String(quantity.Unit);
        return quantity.Kind switch
        {
            QuantityKind.Number => $"Fm.Quantity.Of({CSharp.Decimal(quantity.Value!.Value)}, Fm.Qualifier.{quantity.Qualifier}{unit})",
            QuantityKind.Range => $"Fm.Quantity.Between({CSharp.Decimal(quantity.Minimum!.Value)}, {CSharp.Decimal(quantity.Maximum!.Value)}{unit})",
            QuantityKind.Magnitude => $"Fm.Quantity.OfMagnitude(Fm.Magnitude.{quantity.Magnitude}{unit})",
            _ => $"Fm.Quantity.Unknown({(quantity.Unit is null ? "" : CSharp.String(quantity.Unit))})",
        };
    }

    public static string Of(Share share) => share.Kind switch
    {
        ShareKind.Percent => $"Fm.Share.Percent({CSharp.Decimal(share.Numerator)}{QualifierArg(share.Qualifier)})",
        ShareKind.Fraction => $"Fm.Share.Fraction({CSharp.Decimal(share.Numerator)}, {CSharp.Decimal(share.Denominator)}{QualifierArg(share.Qualifier)})",
        _ => "Fm.Share.Most()",
    };

    private static string QualifierArg(Qualifier qualifier) => qualifier == Qualifier.Exact ? "" : ", Fm.Qualifier." + qualifier;
}
