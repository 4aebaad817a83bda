using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactModel.Specs;

/// <summary>The scalar forms of the fact format: ids, numbers, kebab-case enum words, Wikidata ids.</summary>
public static class ScalarForms
{
    /// <summary>True for a lowercase kebab-case id that starts with a letter: <c>october-7-attack</c>.</summary>
    public static bool IsValidId(string id) => IsKebab(id);

    /// <summary>True for a kebab-case word such as an event kind or a participant role.</summary>
    public static bool IsKebabWord(string word) => IsKebab(word);

    /// <summary>True for a Wikidata item id: Q and digits.</summary>
    public static bool IsWikidataId(string id)
    {
        int end = id.Length;
        if (end < 2 || id[0] != 'Q' || id[1] is < '1' or > '9') return false;
        for (int i = 2; i < end; i++)
        {
            if (!IsDigit(id[i])) return false;
        }
        return true;
    }

    // The forms below were regular expressions: they are scanned by hand, as they are read for every id, reference
    // and number of every fact, and the matcher allocated for each number. They keep the expressions' meaning, but
    // for one thing: an expression's '$' also matched before a final line feed, which let an id written as a block
    // scalar ("id: |") keep its line feed into the generated code. An id or a word now ends where its text ends.

    /// <summary><c>^[a-z][a-z0-9]*(-[a-z0-9]+)*\z</c>: lowercase letters and digits in words joined by single hyphens, a letter first.</summary>
    private static bool IsKebab(string text)
    {
        int end = text.Length;
        if (end == 0 || text[0] is < 'a' or > 'z') return false;
        for (int i = 1; i < end; i++)
        {
            char c = text[i];
            if (c == '-')
            {
                if (i + 1 == end || text[i + 1] == '-') return false;
            }
            else if (c is not (>= 'a' and <= 'z') && !IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// <c>^-?[0-9]+(\.[0-9]+)?( (thousand|million|billion))?$</c> on <paramref name="text"/> without its surrounding
    /// white space (which ends at <paramref name="start"/>): where its digits end, and the scale its word gives (1
    /// without one).
    /// </summary>
    private static bool IsNumber(string text, out int start, out int digitsEnd, out decimal scale)
    {
        start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        digitsEnd = end;
        scale = 1m;
        int i = start;
        if (i < end && text[i] == '-') i++;
        if (!Digits(text, ref i, end)) return false;
        if (i < end && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i, end)) return false;
        }
        if (i == end) return true;
        if (text[i] != ' ') return false;
        digitsEnd = i;
        scale = IsWord(text, i + 1, end, "thousand") ? 1_000m : IsWord(text, i + 1, end, "million") ? 1_000_000m
            : IsWord(text, i + 1, end, "billion") ? 1_000_000_000m : 0m;
        if (scale != 0m) return true;
        (digitsEnd, scale) = (end, 1m);
        return false;
    }

    private static bool IsWord(string text, int from, int end, string word) =>
        end - from == word.Length && string.CompareOrdinal(text, from, word, 0, word.Length) == 0;

    /// <summary>Reads one or more ASCII digits from <paramref name="i"/>; false when there is none.</summary>
    private static bool Digits(string text, ref int i, int end)
    {
        int first = i;
        while (i < end && IsDigit(text[i])) i++;
        return i > first;
    }

    /// <summary>The nearest valid id to <paramref name="id"/>: "Antony Blinken" → "antony-blinken".</summary>
    public static string SuggestId(string id)
    {
        string lower = Regex.Replace(id.Trim().ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        if (lower.Length == 0 || !char.IsLetter(lower[0])) lower = "fact-" + lower;
        return lower.TrimEnd('-');
    }

    /// <summary>
    /// Reads a number written as digits, with an optional decimal part and scale word: <c>1200</c>, <c>2.3 million</c>.
    /// Thousands separators are refused ("1,200" is ambiguous across locales).
    /// </summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        value = 0;
        if (!IsNumber(text, out int start, out int digitsEnd, out decimal scale)) return false;
        string digits = start == 0 && digitsEnd == text.Length ? text : text.Substring(start, digitsEnd - start);
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        value *= scale;
        return true;
    }

    /// <summary>True when a number is written with a scale word: <c>2.3 million</c>, <c>42 thousand</c>.</summary>
    public static bool HasScaleWord(string text) => IsNumber(text, out _, out _, out decimal scale) && scale != 1m;

    /// <summary>
    /// The place of the last significant digit of a number as written (one <see cref="TryParseNumber"/> accepts):
    /// 100,000 for <c>2.3 million</c>, 1,000 for <c>42000</c>, 10 for <c>250</c>, 0.1 for <c>7.5</c>. A decimal part's
    /// zeros are significant (<c>2.0 million</c> is written to 100,000); an integer's trailing zeros are not.
    /// </summary>
    public static decimal WrittenUnit(string text)
    {
        // Not a number (which callers do not pass): the text as a whole, as the expression's failed match gave.
        IsNumber(text, out int start, out int digitsEnd, out decimal scale);
        int dot = text.IndexOf('.', start, digitsEnd - start);
        if (dot >= 0)
        {
            decimal unit = 1m;
            for (int i = dot + 1; i < digitsEnd; i++) unit /= 10;
            return unit * scale;
        }
        decimal place = 1m;
        for (int i = digitsEnd - 1; i > start && text[i] == '0' && char.IsDigit(text[i - 1]); i--) place *= 10;
        return place * scale;
    }

    /// <summary>The accepted numeric forms, for messages.</summary>
    public const string NumberForms = "write digits without separators, optionally with a decimal part and 'thousand', 'million' or 'billion': 1200, 42000, 2.3 million";

    /// <summary>Reads a kebab-case word as an enum value: <c>more-than</c> → <see cref="Qualifier.MoreThan"/>.</summary>
    public static bool TryParseWord<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var (word, candidate) in WordTable<TEnum>.Words)
        {
            if (word == text)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The kebab-case words of <typeparamref name="TEnum"/>: "person, organization, state, group".</summary>
    public static string WordsOf<TEnum>() where TEnum : struct, Enum => WordTable<TEnum>.List;

    /// <summary>The kebab-case words of <typeparamref name="TEnum"/>, one by one, in the order of its values.</summary>
    public static IEnumerable<string> WordListOf<TEnum>() where TEnum : struct, Enum => WordTable<TEnum>.Words.Select(w => w.Word);

    /// <summary>
    /// The words of an enum, worked out once per type rather than on every value read (each read would otherwise
    /// format and convert every member's name), in the order of <see cref="Enum.GetValues(Type)"/>.
    /// </summary>
    private static class WordTable<TEnum> where TEnum : struct, Enum
    {
        public static readonly (string Word, TEnum Value)[] Words =
            Enum.GetValues(typeof(TEnum)).Cast<TEnum>().Select(v => (Kebab.FromPascalCase(v.ToString()), v)).ToArray();

        public static readonly string List = string.Join(", ", Enum.GetNames(typeof(TEnum)).Select(Kebab.FromPascalCase));
    }

    /// <summary>The candidate closest to <paramref name="text"/> by edit distance, if close enough to be a likely typo.</summary>
    public static string? Nearest(string text, IEnumerable<string> candidates) => NearestName.Of(text, candidates);
}
