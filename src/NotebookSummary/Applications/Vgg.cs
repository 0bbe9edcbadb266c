namespace NotebookSummary;

// VGG16 and VGG19 (keras.applications.vgg16, vgg19): five blocks of 3×3 convolutions with max pooling, then two
// 4096-unit Dense layers on the flattened features.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.VGG16</c>: 138,357,544 parameters with the default arguments.</summary>
    public static Model VGG16(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "vgg16") =>
        Vgg([2, 2, 3, 3, 3], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    /// <summary>Keras's <c>keras.applications.VGG19</c>: 143,667,240 parameters with the default arguments.</summary>
    public static Model VGG19(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "vgg19") =>
        Vgg([2, 2, 4, 4, 4], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    private static Model Vgg(int[] convolutions, bool includeTop, string? weights, KerasTensor? inputTensor, Size? inputShape,
        string? pooling, int classes, string? classifierActivation, string name)
    {
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var image = ImagenetUtils.ImageInput(inputTensor, head.CheckedInputShape(inputShape, 224, 32));

        int[] filters = [64, 128, 256, 512, 512];
        var x = image;
        for (int block = 1; block <= 5; block++)
        {
            for (int conv = 1; conv <= convolutions[block - 1]; conv++)
                x = new Conv2D(filters[block - 1], (3, 3), activation: "relu", padding: "same", name: $"block{block}_conv{conv}").Call(x);
            x = new MaxPooling2D((2, 2), strides: (2, 2), name: $"block{block}_pool").Call(x);
        }
        if (includeTop)
        {
            x = new Flatten(name: "flatten").Call(x);
            x = new Dense(4096, activation: "relu", name: "fc1").Call(x);
            x = new Dense(4096, activation: "relu", name: "fc2").Call(x);
            x = head.Predictions(x);
        }
        else
        {
            x = head.Pool(x, avgName: null, maxName: null);
        }
        return ImagenetUtils.Model(image, x, name);
    }
}
