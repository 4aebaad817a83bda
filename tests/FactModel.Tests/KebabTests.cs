namespace FactModel.Tests;

public class KebabTests
{
    [Theory]
    [InlineData("antony-blinken", "AntonyBlinken")]
    [InlineData("october-7-attack", "October7Attack")]
    [InlineData("gaza", "Gaza")]
    [InlineData("report-1-10", "Report1_10")]
    [InlineData("report-11-0", "Report11_0")]
    [InlineData("covid-19", "Covid19")]
    public void Ids_become_pascal_case_names(string id, string name) => Kebab.ToPascalCase(id).ShouldBe(name);

    [Theory]
    [InlineData("MoreThan", "more-than")]
    [InlineData("TensOfThousands", "tens-of-thousands")]
    public void Enum_names_become_kebab_words(string name, string word) => Kebab.FromPascalCase(name).ShouldBe(word);
}
