using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactModel.Core.Schema;

/// <summary>
/// A JSON value built in memory and written with two-space indentation and "\n" line ends, so the same value always
/// gives the same bytes. Core targets netstandard2.0 inside the compiler, where System.Text.Json is not at hand; the
/// schema needs only objects, arrays, strings, numbers and booleans.
/// </summary>
internal abstract class JsonValue
{
    public string Write()
    {
        var text = new StringBuilder();
        Write(text, 0);
        return text.Append('\n').ToString();
    }

    public abstract void Write(StringBuilder text, int indent);

    public static implicit operator JsonValue(string value) => new JsonString(value);
    public static implicit operator JsonValue(bool value) => new JsonLiteral(value ? "true" : "false");
    public static implicit operator JsonValue(int value) => new JsonLiteral(value.ToString(CultureInfo.InvariantCulture));

    protected static void NewLine(StringBuilder text, int indent) => text.Append('\n').Append(' ', indent * 2);
}

/// <summary>An object, its properties in the order they were added.</summary>
internal sealed class JsonObject : JsonValue
{
    private readonly List<KeyValuePair<string, JsonValue>> _properties = new();

    /// <summary>Adds a string property; a null value adds nothing (a declaration without a description, say).</summary>
    public JsonObject Add(string key, string? value) => value is null ? this : Add(key, new JsonString(value));

    public JsonObject Add(string key, JsonValue? value)
    {
        if (value is not null) _properties.Add(new KeyValuePair<string, JsonValue>(key, value));
        return this;
    }

    /// <summary>Adds every property of <paramref name="other"/>, in its order.</summary>
    public JsonObject AddAll(JsonObject other)
    {
        _properties.AddRange(other._properties);
        return this;
    }

    public override void Write(StringBuilder text, int indent)
    {
        if (_properties.Count == 0)
        {
            text.Append("{}");
            return;
        }
        text.Append('{');
        for (int i = 0; i < _properties.Count; i++)
        {
            NewLine(text, indent + 1);
            JsonString.Append(text, _properties[i].Key);
            text.Append(": ");
            _properties[i].Value.Write(text, indent + 1);
            if (i < _properties.Count - 1) text.Append(',');
        }
        NewLine(text, indent);
        text.Append('}');
    }
}

/// <summary>An array.</summary>
internal sealed class JsonArray : JsonValue
{
    private readonly List<JsonValue> _items = new();

    public JsonArray(IEnumerable<JsonValue> items) => _items.AddRange(items);

    public override void Write(StringBuilder text, int indent)
    {
        text.Append('[');
        for (int i = 0; i < _items.Count; i++)
        {
            NewLine(text, indent + 1);
            _items[i].Write(text, indent + 1);
            if (i < _items.Count - 1) text.Append(',');
        }
        if (_items.Count > 0) NewLine(text, indent);
        text.Append(']');
    }
}

/// <summary>A string, escaped so that no text can end it early.</summary>
internal sealed class JsonString : JsonValue
{
    private readonly string _value;

    public JsonString(string value) => _value = value;

    public override void Write(StringBuilder text, int indent) => Append(text, _value);

    public static void Append(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' || char.IsSurrogate(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}

/// <summary>true, false or a number, written as it is.</summary>
internal sealed class JsonLiteral : JsonValue
{
    private readonly string _text;

    public JsonLiteral(string text) => _text = text;

    public override void Write(StringBuilder text, int indent) => text.Append(_text);
}
