#if NET
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactModel.Json;

/// <summary>
/// Makes <see cref="JsonSerializer"/>, with default options, write facts and their values in the export's shape
/// (<see cref="FactJson"/>, <see cref="JsonValues"/>); attached with <see cref="JsonConverterAttribute"/> to every
/// runtime type. Reading is not supported: a fact is an entity of its model, one object per id, with references
/// resolved through the model's catalog, so JSON cannot make a fact; read the "id" and look it up
/// (<c>FactCatalog.TryGet</c>) instead.
/// </summary>
internal sealed class FactJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeof(Fact).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(FactJsonConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>A fact of static type <typeparamref name="T"/>, written with the fields of its runtime type.</summary>
internal sealed class FactJsonConverter<T> : WriteOnlyJsonConverter<T> where T : Fact
{
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => FactJson.Write(writer, value);
}

internal sealed class DateSpanJsonConverter : WriteOnlyJsonConverter<DateSpan>
{
    public override void Write(Utf8JsonWriter writer, DateSpan value, JsonSerializerOptions options) => JsonValues.WriteDate(writer, value);
}

internal sealed class QuantityJsonConverter : WriteOnlyJsonConverter<Quantity>
{
    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options) => JsonValues.WriteQuantity(writer, value);
}

internal sealed class ShareJsonConverter : WriteOnlyJsonConverter<Share>
{
    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options) => JsonValues.WriteShare(writer, value);
}

internal sealed class BoundJsonConverter : WriteOnlyJsonConverter<Bound>
{
    public override void Write(Utf8JsonWriter writer, Bound value, JsonSerializerOptions options) => JsonValues.WriteBound(writer, value);
}

/// <summary>A partial date as written: "2024-08", "summer 2024".</summary>
internal sealed class PartialDateJsonConverter : WriteOnlyJsonConverter<PartialDate>
{
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

internal sealed class SourceJsonConverter : WriteOnlyJsonConverter<Source>
{
    public override void Write(Utf8JsonWriter writer, Source value, JsonSerializerOptions options) => JsonValues.WriteSource(writer, value);
}

internal sealed class RoleJsonConverter : WriteOnlyJsonConverter<Role>
{
    public override void Write(Utf8JsonWriter writer, Role value, JsonSerializerOptions options) => JsonValues.WriteRole(writer, value);
}

internal sealed class ParticipantJsonConverter : WriteOnlyJsonConverter<Participant>
{
    public override void Write(Utf8JsonWriter writer, Participant value, JsonSerializerOptions options) => JsonValues.WriteParticipant(writer, value);
}

internal sealed class QuoteJsonConverter : WriteOnlyJsonConverter<Quote>
{
    public override void Write(Utf8JsonWriter writer, Quote value, JsonSerializerOptions options) => JsonValues.WriteQuote(writer, value);
}

/// <summary>An enum of the fact format as its kebab-case word: <c>Qualifier.MoreThan</c> is "more-than".</summary>
internal sealed class KebabEnumJsonConverter<TEnum> : WriteOnlyJsonConverter<TEnum> where TEnum : struct, Enum
{
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(JsonValues.Word(value));
}

/// <summary>
/// The converters write only. Facts and their values are made by the model that holds them, not from JSON: see
/// <see cref="FactJsonConverterFactory"/>.
/// </summary>
internal abstract class WriteOnlyJsonConverter<T> : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"FactModel's {typeof(T).Name} is written as JSON, not read from it: facts are the objects of their model, "
            + "so read a fact's \"id\" and look it up in the model's catalog (FactCatalog.TryGet) instead.");
}
#endif
