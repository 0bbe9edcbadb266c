using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// What every Keras Application shares (Keras's <c>imagenet_utils</c>): the input shape rule, the checks on
/// <c>weights</c>, <c>classes</c> and <c>classifier_activation</c>, the padding before a strided convolution, and the
/// input tensor a model starts from. Images are channels_last, Keras's default data format.
/// </summary>
internal static class ImagenetUtils
{
    public const string Imagenet = "imagenet";

    // Keras words the weights and classes errors slightly differently per architecture; each passes its own.
    public const string WeightsMessage = "The `weights` argument should be either `None` (random initialization), 'imagenet' "
        + "(pre-training on ImageNet), or the path to the weights file to be loaded.  Received: weights={0}";
    public const string ClassesMessage = "If using `weights='imagenet'` with `include_top=True`, `classes` should be 1000.  "
        + "Received classes={0}";

    private const string WeightsHint = "write weights=None (random initialization), weights=\"imagenet\", or the path of a weights file";

    /// <summary>
    /// Fails unless <paramref name="weights"/> is None, "imagenet" or a path to a weights file. Keras checks that the
    /// file exists; here no file is read, so any string that looks like a path (it holds a dot or a slash) is one.
    /// </summary>
    public static void CheckWeights(string? weights, string message = WeightsMessage)
    {
        if (weights is null or Imagenet || weights.IndexOfAny(['.', '/', '\\']) >= 0) return;
        throw new ApplicationArgumentException(string.Format(CultureInfo.InvariantCulture, message, weights), WeightsHint);
    }

    /// <summary>ImageNet weights with the classifier on top fix the 1000 ImageNet classes.</summary>
    public static void CheckClasses(string? weights, bool includeTop, int classes, string message = ClassesMessage)
    {
        if (weights == Imagenet && includeTop && classes != 1000)
            throw new ApplicationArgumentException(string.Format(CultureInfo.InvariantCulture, message, classes),
                "write weights=None to train a classifier of another number of classes, or include_top=False and add your own");
    }

    /// <summary>Keras's <c>validate_activation</c>: pretrained weights allow only a softmax or no activation on top.</summary>
    public static void ValidateActivation(string? classifierActivation, string? weights)
    {
        if (weights is null || classifierActivation is null or "softmax" or "linear") return;
        throw new ApplicationArgumentException(
            "Only `None` and `softmax` activations are allowed for the `classifier_activation` argument when using "
            + $"pretrained weights, with `include_top=True`; Received: classifier_activation={classifierActivation}",
            "write weights=None, or classifier_activation=\"softmax\" or None");
    }

    /// <summary>
    /// Keras's <c>obtain_input_shape</c> (channels_last): the image shape without the batch, from the one given, the
    /// architecture's default size and its minimum, refusing what the weights or a classifier on top cannot take.
    /// </summary>
    public static int?[] ObtainInputShape(Size? inputShape, int defaultSize, int minSize, bool requireFlatten, string? weights)
    {
        int?[]? given = inputShape is { } s ? s.Values.ToArray() : null;
        int?[] defaultShape = weights != Imagenet && given is { Length: 3 }
            ? [defaultSize, defaultSize, given[2]]
            : [defaultSize, defaultSize, 3];
        if (weights == Imagenet && requireFlatten)
        {
            if (given is not null && !given.SequenceEqual(defaultShape))
                throw new ApplicationArgumentException(
                    $"When setting `include_top=True` and loading `imagenet` weights, `input_shape` should be {KerasNumbers.Tuple(defaultShape)}.  "
                    + $"Received: input_shape={KerasNumbers.Tuple(given)}",
                    $"leave input_shape out, or write include_top=False to choose another size");
            return defaultShape;
        }
        if (given is { Length: > 0 })
        {
            if (given.Length != 3)
                throw new ApplicationArgumentException("`input_shape` must be a tuple of three integers.",
                    "write input_shape=(height, width, channels), e.g. (224, 224, 3)");
            if (given[2] != 3 && weights == Imagenet)
                throw new ApplicationArgumentException($"The input must have 3 channels; Received `input_shape={KerasNumbers.Tuple(given)}`",
                    "ImageNet weights take RGB images: write 3 channels, or weights=None");
            if (given[0] < minSize || given[1] < minSize)
                throw new ApplicationArgumentException(
                    $"Input size must be at least {minSize}x{minSize}; Received: input_shape={KerasNumbers.Tuple(given)}",
                    $"this architecture needs images of at least {minSize}×{minSize} pixels");
        }
        else
        {
            given = requireFlatten ? defaultShape : [null, null, 3];
        }
        if (requireFlatten && given.Contains(null))
            throw new ApplicationArgumentException(
                $"If `include_top` is True, you should specify a static `input_shape`. Received: input_shape={KerasNumbers.Tuple(given)}",
                "give every size in input_shape, or write include_top=False");
        return given;
    }

    /// <summary>The model's image input: a new Input of <paramref name="shape"/>, or the tensor the code gave.</summary>
    public static KerasTensor ImageInput(KerasTensor? inputTensor, int?[] shape) => inputTensor ?? new Input(shape);

    /// <summary>
    /// The model's inputs: the new Input, or the Inputs the given tensor comes from (Keras's
    /// <c>get_source_inputs</c>), so that layers before it belong to the model too.
    /// </summary>
    public static KerasTensor[] SourceInputs(KerasTensor image)
    {
        var found = new List<KerasTensor>();
        var seen = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<KerasTensor>();
        pending.Push(image);
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            if (!seen.Add(t.Node)) continue;
            if (t.Node.IsInput)
            {
                found.Add(t);
                continue;
            }
            for (int i = t.Node.Inputs.Count - 1; i >= 0; i--) pending.Push(t.Node.Inputs[i]);
        }
        return [.. found];
    }

    /// <summary>The model from its image input to <paramref name="output"/>, named as Keras names it.</summary>
    public static Model Model(KerasTensor image, KerasTensor output, string name)
    {
        var inputs = SourceInputs(image);
        return inputs.Length == 1 ? new Model(inputs[0], output, name) : new Model(inputs, output, name);
    }

    /// <summary>
    /// Keras's <c>correct_pad</c>: the zero padding before a strided convolution of <paramref name="kernelSize"/>, one
    /// row and column less at the start when a size is even (or unknown). <paramref name="shapes"/> is the
    /// architecture's one shape computation, so that each layer is built once however often a size is asked for.
    /// </summary>
    public static ((int, int), (int, int)) CorrectPad(GraphShapes shapes, KerasTensor inputs, int kernelSize)
    {
        var shape = shapes.OutputShape(inputs);
        long? rows = shape[1], cols = shape[2];
        int adjustRows = rows is null ? 1 : (int)(1 - rows.Value % 2);
        int adjustCols = rows is null ? 1 : (int)(1 - (cols ?? 0) % 2);
        int correct = kernelSize / 2;
        return ((correct - adjustRows, correct), (correct - adjustCols, correct));
    }

}
