namespace FactModel.Validation.Rules;

/// <summary>How the rules' messages name the fact they are about.</summary>
internal static class Subject
{
    /// <summary>"Fact 'id'". Built only when a diagnostic is: the rules visit every fact, and most have none.</summary>
    public static string Of(string id) => $"Fact '{id}'";
}
