namespace FactModel.Tests;

public class KebabTests
{
    [Theory]
    [InlineData("antony-blinken", "AntonyBlinken")]
    [InlineData("october-7-attack", "October7Attack")]
    [InlineData("gaza", "Gaza")]
    public void Ids_become_pascal_case_names(string id, string name) => Kebab.ToPascalCase(id).ShouldBe(name);

    [Theory]
    [InlineData("MoreThan", "more-than")]
    [InlineData("TensOfThousands", "tens-of-thousands")]
    public void Enum_names_become_kebab_words(string name, string word) => Kebab.FromPascalCase(name).ShouldBe(word);
}
