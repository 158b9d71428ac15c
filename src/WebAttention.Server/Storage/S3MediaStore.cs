using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace WebAttention.Server.Storage;

/// <summary>
/// Clip media in an S3-compatible bucket under <c>clips/&lt;id&gt;/&lt;relative path&gt;</c>; the local clip folder is the
/// working copy. Every call over the network goes through the "media-store" resilience pipeline (retries with
/// exponential backoff on transient failures).
/// </summary>
public sealed class S3MediaStore(
    IAmazonS3 s3, IOptions<S3MediaOptions> options, MediaPaths paths, ResiliencePipelineProvider<string> pipelines, ILogger<S3MediaStore> logger) : IMediaStore
{
    public const string PipelineName = "media-store";

    private readonly ResiliencePipeline _retry = pipelines.GetPipeline(PipelineName);

    private string Bucket => options.Value.Bucket;

    public bool IsShared => true;

    public static string Prefix(Guid clipId) => $"clips/{clipId:N}/";

    public Task PutFileAsync(Guid clipId, string relative, string localFile, CancellationToken cancellationToken) =>
        UploadAsync(Prefix(clipId) + relative, localFile, cancellationToken);

    public async Task PullClipAsync(Guid clipId, bool includeSource, CancellationToken cancellationToken)
    {
        var folder = paths.ClipFolder(clipId);
        var pulls = MediaSyncPlan.ToPull(LocalFiles(folder), await RemoteFilesAsync(clipId, cancellationToken), includeSource);
        foreach (var file in pulls)
        {
            var target = Path.Combine(folder, file.Relative.Replace('/', Path.DirectorySeparatorChar));
            await DownloadAsync(Prefix(clipId) + file.Relative, target, cancellationToken);
            File.SetLastWriteTimeUtc(target, file.ModifiedUtc);
        }
        if (pulls.Count > 0)
        {
            logger.LogInformation("Pulled {Count} file(s) of clip {ClipId} from the media store", pulls.Count, clipId);
        }
    }

    public async Task PushClipAsync(Guid clipId, CancellationToken cancellationToken)
    {
        var folder = paths.ClipFolder(clipId);
        var pushes = MediaSyncPlan.ToPush(LocalFiles(folder), await RemoteFilesAsync(clipId, cancellationToken));
        foreach (var file in pushes)
        {
            var local = Path.Combine(folder, file.Relative.Replace('/', Path.DirectorySeparatorChar));
            await UploadAsync(Prefix(clipId) + file.Relative, local, cancellationToken);
            // The stored copy is now at least as new as this moment: keep the next sync from sending it back.
            File.SetLastWriteTimeUtc(local, DateTime.UtcNow);
        }
        if (pushes.Count > 0)
        {
            logger.LogInformation("Pushed {Count} file(s) of clip {ClipId} to the media store", pushes.Count, clipId);
        }
    }

    public async Task DeleteClipAsync(Guid clipId, CancellationToken cancellationToken)
    {
        foreach (var file in await RemoteFilesAsync(clipId, cancellationToken))
        {
            await _retry.ExecuteAsync(async ct => await s3.DeleteObjectAsync(Bucket, Prefix(clipId) + file.Relative, ct), cancellationToken);
        }
    }

    private static IEnumerable<MediaFileState> LocalFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))
                .Select(f => new FileInfo(f))
                .Select(f => new MediaFileState(Path.GetRelativePath(folder, f.FullName).Replace(Path.DirectorySeparatorChar, '/'), f.Length, f.LastWriteTimeUtc))
            : [];

    private async Task<List<MediaFileState>> RemoteFilesAsync(Guid clipId, CancellationToken cancellationToken)
    {
        var prefix = Prefix(clipId);
        var files = new List<MediaFileState>();
        string? token = null;
        do
        {
            var request = new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix, ContinuationToken = token };
            var page = await _retry.ExecuteAsync(async ct => await s3.ListObjectsV2Async(request, ct), cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                files.Add(new MediaFileState(item.Key[prefix.Length..], item.Size ?? 0, (item.LastModified ?? DateTime.MinValue).ToUniversalTime()));
            }
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (token is not null);
        return files;
    }

    private Task UploadAsync(string key, string localFile, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct =>
        {
            // No chunked (streaming-signature) uploads: s3rver and several self-hosted stores do not take them.
            var request = new PutObjectRequest { BucketName = Bucket, Key = key, FilePath = localFile, UseChunkEncoding = false };
            await s3.PutObjectAsync(request, ct);
        }, cancellationToken).AsTask();

    private Task DownloadAsync(string key, string target, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Written beside the target and moved over it, so a reader never sees half a file.
            var temp = $"{target}.{Guid.NewGuid():N}.tmp";
            try
            {
                using var response = await s3.GetObjectAsync(Bucket, key, ct);
                await using (var file = File.Create(temp))
                {
                    await response.ResponseStream.CopyToAsync(file, ct);
                }
                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }
        }, cancellationToken).AsTask();

    /// <summary>Transient: the network, throttling and server errors; not a missing key or a refused credential.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        AmazonServiceException service => (int)service.StatusCode >= 500 || (int)service.StatusCode == 429 || service.StatusCode == 0,
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };
}
