using System.Reflection;

namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Sets the generic Keras properties of a layer that its constructor does not take (they are init-only, so the
/// reader sets them by reflection right after construction, or when the code assigns <c>layer.trainable</c>).
/// </summary>
internal static class LayerProperties
{
    private static readonly PropertyInfo NameProperty = typeof(Layer).GetProperty(nameof(Layer.Name))!;
    private static readonly PropertyInfo TrainableProperty = typeof(Layer).GetProperty(nameof(Layer.Trainable))!;
    private static readonly PropertyInfo InputShapeProperty = typeof(Layer).GetProperty(nameof(Layer.InputShape))!;
    private static readonly PropertyInfo InputDimProperty = typeof(Layer).GetProperty(nameof(Layer.InputDim))!;
    private static readonly PropertyInfo BatchSizeProperty = typeof(Layer).GetProperty(nameof(Layer.BatchSize))!;

    public static void SetName(Layer layer, string? name) => NameProperty.SetValue(layer, name);
    public static void SetTrainable(Layer layer, bool trainable) => TrainableProperty.SetValue(layer, trainable);
    public static void SetInputShape(Layer layer, Size? shape) => InputShapeProperty.SetValue(layer, shape);
    public static void SetInputDim(Layer layer, int? dim) => InputDimProperty.SetValue(layer, dim);
    public static void SetBatchSize(Layer layer, int? batch) => BatchSizeProperty.SetValue(layer, batch);
}
