namespace NotebookSummary.Keras.Runtime;

/// <summary>What a model class builds.</summary>
internal enum ModelClassKind
{
    /// <summary><c>keras.Sequential</c>.</summary>
    Sequential,
    /// <summary>convnet_drawer's <c>Model(input_shape=...)</c>: a Sequential with an Input.</summary>
    DrawerModel,
    /// <summary><c>keras.Model</c>: the functional API (<c>keras.Model(inputs, outputs)</c>).</summary>
    Functional,
}

/// <summary><c>Sequential</c>, convnet_drawer's <c>Model</c>, or Keras's functional <c>Model</c>.</summary>
internal sealed class ModelClassValue(ModelClassKind kind) : PyValue
{
    public ModelClassKind Kind { get; } = kind;
    public override string TypeName => "type";
}

/// <summary>A model of the running code: a Sequential being built, or a functional model.</summary>
internal sealed class ModelValue(ModelState state) : PyValue
{
    public ModelState State { get; } = state;
    public override string TypeName => State.Functional is null ? "Sequential" : "Functional";
}
