using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FactModel.Generator.Tests.Infrastructure;

namespace FactModel.Generator.Tests;

/// <summary>
/// Every property of the generated model reads its own fact out of the data fields, across fields of 200 facts and
/// around the facts the model leaves out (a second definition of an id, a clashing name).
/// </summary>
public class DataFieldTests
{
    [Fact]
    public void Each_property_returns_its_own_fact_across_data_fields_and_around_left_out_facts()
    {
        var yaml = new StringBuilder("places:\n");
        for (int i = 0; i < 450; i++)
        {
            yaml.Append($"  - {{ id: place-{i}, name: Place {i} }}\n");
            if (i == 100) yaml.Append("  - { id: place-7, name: Second definition }\n");     // FM1005: left out
            if (i == 300) yaml.Append("  - { id: place7, name: Clashing name }\n");          // FM1007 (Place7): left out
        }
        var harness = new GeneratorHarness(new[] { InputText.Facts("facts/places.yaml", yaml.ToString()) });

        var result = harness.Run();

        result.Diagnostics.Select(d => d.Id).ShouldContain("FM1005");
        result.Diagnostics.Select(d => d.Id).ShouldContain("FM1007");
        var places = Load(harness).GetType("Consumer.Facts.Places")!;
        for (int i = 0; i < 450; i++)
        {
            var place = (Place)places.GetProperty($"Place{i}", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            place.Id.ShouldBe($"place-{i}");
            place.Name.ShouldBe($"Place {i}");
        }
        ((IReadOnlyList<Place>)places.GetProperty("All")!.GetValue(null)!).Count.ShouldBe(450);
    }

    private static Assembly Load(GeneratorHarness harness)
    {
        using var stream = new MemoryStream();
        var emit = harness.Output!.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("data-fields-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }
}
