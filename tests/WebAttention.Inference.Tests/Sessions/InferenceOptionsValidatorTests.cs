using WebAttention.Inference.Sessions;

namespace WebAttention.Inference.Tests.Sessions;

public class InferenceOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(InferenceOptionsValidator.Problems(new InferenceOptions()));
    }

    [Theory]
    [InlineData("Device")]
    [InlineData("CudaDeviceId")]
    [InlineData("IntraOpThreads")]
    [InlineData("ModelsRoot")]
    [InlineData("DefaultModel")]
    public void Each_bad_setting_is_named(string setting)
    {
        var options = new InferenceOptions();
        switch (setting)
        {
            case "Device": options.Device = (InferenceDevice)42; break;
            case "CudaDeviceId": options.CudaDeviceId = -1; break;
            case "IntraOpThreads": options.IntraOpThreads = -3; break;
            case "ModelsRoot": options.ModelsRoot = " "; break;
            default: options.DefaultModel = "../escape"; break;
        }

        var problem = Assert.Single(InferenceOptionsValidator.Problems(options));
        Assert.Contains(setting, problem, StringComparison.Ordinal);
    }
}
