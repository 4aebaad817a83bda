using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactModel.Specs;

/// <summary>The scalar forms of the fact format: ids, numbers, kebab-case enum words, Wikidata ids.</summary>
public static class ScalarForms
{
    private static readonly Regex IdPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex WordPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex NumberPattern = new(@"^-?[0-9]+(\.[0-9]+)?( (thousand|million|billion))?$", RegexOptions.CultureInvariant);
    private static readonly Regex WikidataPattern = new("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant);

    /// <summary>True for a lowercase kebab-case id that starts with a letter: <c>october-7-attack</c>.</summary>
    public static bool IsValidId(string id) => IdPattern.IsMatch(id);

    /// <summary>True for a kebab-case word such as an event kind or a participant role.</summary>
    public static bool IsKebabWord(string word) => WordPattern.IsMatch(word);

    /// <summary>True for a Wikidata item id: Q and digits.</summary>
    public static bool IsWikidataId(string id) => WikidataPattern.IsMatch(id);

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
        var match = NumberPattern.Match(text.Trim());
        if (!match.Success) return false;
        string digits = match.Groups[3].Success ? text.Trim().Substring(0, text.Trim().IndexOf(' ')) : text.Trim();
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        value *= match.Groups[3].Value switch { "thousand" => 1_000m, "million" => 1_000_000m, "billion" => 1_000_000_000m, _ => 1m };
        return true;
    }

    /// <summary>True when a number is written with a scale word: <c>2.3 million</c>, <c>42 thousand</c>.</summary>
    public static bool HasScaleWord(string text) => NumberPattern.Match(text.Trim()) is { Success: true } match && match.Groups[3].Success;

    /// <summary>
    /// The place of the last significant digit of a number as written (one <see cref="TryParseNumber"/> accepts):
    /// 100,000 for <c>2.3 million</c>, 1,000 for <c>42000</c>, 10 for <c>250</c>, 0.1 for <c>7.5</c>. A decimal part's
    /// zeros are significant (<c>2.0 million</c> is written to 100,000); an integer's trailing zeros are not.
    /// </summary>
    public static decimal WrittenUnit(string text)
    {
        var match = NumberPattern.Match(text.Trim());
        string digits = match.Groups[3].Success ? text.Trim().Substring(0, text.Trim().IndexOf(' ')) : text.Trim();
        decimal scale = match.Groups[3].Value switch { "thousand" => 1_000m, "million" => 1_000_000m, "billion" => 1_000_000_000m, _ => 1m };
        int dot = digits.IndexOf('.');
        if (dot >= 0)
        {
            decimal unit = 1m;
            for (int i = dot + 1; i < digits.Length; i++) unit /= 10;
            return unit * scale;
        }
        decimal place = 1m;
        for (int i = digits.Length - 1; i > 0 && digits[i] == '0' && char.IsDigit(digits[i - 1]); i--) place *= 10;
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
