namespace FactModel;

/// <summary>The words a fact file uses for enum values, and the words used to print them.</summary>
public static class Words
{
    /// <summary>"more than", "at least", "around".</summary>
    public static string Of(Qualifier qualifier) => Kebab.ToWords(qualifier.ToString());

    /// <summary>"dozens", "tens of thousands", "a few".</summary>
    public static string Of(Magnitude magnitude) => magnitude == Magnitude.Few ? "a few" : Kebab.ToWords(magnitude.ToString());
}
