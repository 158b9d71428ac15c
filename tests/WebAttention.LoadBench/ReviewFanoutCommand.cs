using System.Globalization;
using WebAttention.Testing;

/// <summary>
/// `review-fanout [followers=50] [seeks=100]`: a server process (worker off, so no analysis competes), an owner
/// who uploads a small generated clip, and the review room run of <see cref="ReviewFanout"/>. Exit code 1 on any error.
/// </summary>
internal static class ReviewFanoutCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var followers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var seeks = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var models = TestModels.Folder;
        await using var server = new ServerProcess($"--Inference:ModelsRoot={models}", "--Jobs:RunWorker=false", "--Logging:LogLevel:Default=Warning");
        await server.StartAsync();
        await using var owner = await TestUser.RegisterAsync(server.BaseAddress);
        var clip = await File.ReadAllBytesAsync(await GeneratedClips.MovingDiscAsync());
        var upload = await TestUploader.UploadAsync(await owner.ConnectAsync(), "fanout.mp4", clip);
        var result = await ReviewFanout.RunAsync(owner, upload.ClipId!.Value, followers, seeks);
        Console.WriteLine(result);
        foreach (var error in result.ErrorMessages.Take(10))
        {
            Console.WriteLine("  " + error);
        }
        return result.Errors == 0 ? 0 : 1;
    }
}
