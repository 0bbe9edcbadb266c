namespace NotebookSummary;

/// <summary>
/// The arguments that choose what ends an Application (Keras's <c>include_top</c>, <c>pooling</c>, <c>classes</c>,
/// <c>classifier_activation</c>, with the <c>weights</c> they are checked against), and the endings most share: the
/// classifier on global average pooling, or without it the pooling chosen (<c>"avg"</c>, <c>"max"</c>; anything
/// else, as in Keras, adds none).
/// </summary>
internal sealed record ApplicationHead(bool IncludeTop, string? Weights, string? Pooling, int Classes, string? ClassifierActivation)
{
    /// <summary>
    /// Keras's opening checks, in its order: <c>weights</c>, <c>classes</c> (with the architecture's own wording of
    /// each), then the image shape (<c>obtain_input_shape</c>) from <paramref name="inputShape"/>.
    /// </summary>
    public int?[] CheckedInputShape(Size? inputShape, int defaultSize, int minSize,
        string weightsMessage = ImagenetUtils.WeightsMessage, string classesMessage = ImagenetUtils.ClassesMessage)
    {
        ImagenetUtils.CheckWeights(Weights, weightsMessage);
        ImagenetUtils.CheckClasses(Weights, IncludeTop, Classes, classesMessage);
        return ImagenetUtils.ObtainInputShape(inputShape, defaultSize, minSize, IncludeTop, Weights);
    }

    /// <summary>
    /// Keras's usual ending: with the top, <c>GlobalAveragePooling2D(name=avg_pool)</c> then the <c>predictions</c>
    /// Dense; without it, the pooling layer named <paramref name="avgName"/> or <paramref name="maxName"/> (null: the
    /// layer's default name, as VGG leaves them).
    /// </summary>
    public KerasTensor Apply(KerasTensor x, string? avgName = "avg_pool", string? maxName = "max_pool", double topDropout = 0)
    {
        if (IncludeTop)
        {
            x = new GlobalAveragePooling2D(name: "avg_pool").Call(x);
            // EfficientNets drop out before the classifier (top_dropout).
            if (topDropout > 0) x = new Dropout(topDropout, name: "top_dropout").Call(x);
            return Predictions(x);
        }
        return Pool(x, avgName, maxName);
    }

    /// <summary>The pooling chosen when there is no top: global average, global max, or none.</summary>
    public KerasTensor Pool(KerasTensor x, string? avgName = "avg_pool", string? maxName = "max_pool") => Pooling switch
    {
        "avg" => new GlobalAveragePooling2D(name: avgName).Call(x),
        "max" => new GlobalMaxPooling2D(name: maxName).Call(x),
        _ => x,
    };

    /// <summary>The classifier: <c>Dense(classes, activation=classifier_activation, name="predictions")</c>.</summary>
    public KerasTensor Predictions(KerasTensor x)
    {
        ImagenetUtils.ValidateActivation(ClassifierActivation, Weights);
        return new Dense(Classes, activation: ClassifierActivation, name: "predictions").Call(x);
    }
}
