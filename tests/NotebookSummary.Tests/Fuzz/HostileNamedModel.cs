using CsCheck;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>A small valid model whose name, layer names and activation text are hostile.</summary>
internal sealed record HostileNamedModel(string ModelName, string FirstLayer, string SecondLayer, string Activation)
{
    public static Gen<HostileNamedModel> Gen(int maxExtraLength) =>
        CsCheck.Gen.Select(HostileText.Gen(maxExtraLength), HostileText.Gen(maxExtraLength), HostileText.Gen(maxExtraLength),
            HostileText.Gen(0), (model, first, second, activation) => new HostileNamedModel(model, first, second, activation));

    public Sequential Build() => new(ModelName)
    {
        new Input(8),
        new Dense(4, name: FirstLayer),
        new Activation(Activation, name: SecondLayer),
        new Dense(2, activation: "softmax"),
    };

    public override string ToString() =>
        $"new Sequential({HostileText.Code(ModelName)}) {{ new Input(8), new Dense(4, name: {HostileText.Code(FirstLayer)}), "
        + $"new Activation({HostileText.Code(Activation)}, name: {HostileText.Code(SecondLayer)}), new Dense(2, activation: \"softmax\") }}";
}
