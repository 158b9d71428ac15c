using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using WebAttention.Core.Models;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>
/// Hostile model zips posted to the Admin's model registration (<c>POST /api/models</c>): path traversal, absolute
/// and drive names, folders, extra and duplicate entries, zip bombs (honest and forged sizes), nested zips, damaged and
/// oversized uploads. Each is a 400 whose detail says what is wrong; nothing is written outside a hidden staging
/// folder, and the models folder is left exactly as it was.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileModelZipTests(HostileServer host, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_hostile_model_zip_is_refused_and_leaves_nothing()
    {
        var runner = new HostileRunner(host, "hostile-models", output);
        var marker = $"escaped-{Guid.NewGuid():N}";
        var onnx = Encoding.ASCII.GetBytes("not really onnx");
        var manifest = HostileMedia.Manifest("hostile-model");
        var bombBytes = (int)HostileServer.ModelMaxUncompressedBytes * 4;
        var bomb = HostileMedia.Zip(("model.onnx", new byte[bombBytes]), ("manifest.json", manifest));

        async Task Row(string input, byte[] body, string expected) =>
            await runner.RowAsync(input, body.Length, () => PostZipAsync(body),
                o => o.Status == "400" && o.Message.Contains(expected, StringComparison.OrdinalIgnoreCase) ? null : $"expected 400 saying \"{expected}\"",
                () => Escaped(marker));

        await Row("entry ../model.onnx", HostileMedia.Zip(("../model.onnx", onnx), ("manifest.json", manifest)), "unsafe path");
        await Row("entry escaping to the data folder", HostileMedia.Zip(($"../../../{marker}.onnx", onnx), ("model.onnx", onnx), ("manifest.json", manifest)), "unsafe path");
        await Row("absolute entry /tmp/…", HostileMedia.Zip(($"/tmp/{marker}.onnx", onnx), ("model.onnx", onnx), ("manifest.json", manifest)), "unsafe path");
        await Row("backslash entry ..\\…", HostileMedia.Zip(($"..\\..\\{marker}.onnx", onnx), ("model.onnx", onnx), ("manifest.json", manifest)), "unsafe path");
        await Row("drive entry C:…", HostileMedia.Zip(($"C:{marker}.onnx", onnx), ("model.onnx", onnx), ("manifest.json", manifest)), "unsafe path");
        await Row("entry with NUL and control characters", HostileMedia.Zip(("model.onnx\0\u001b.txt", onnx), ("model.onnx", onnx), ("manifest.json", manifest)), "is not expected");
        await Row("files inside a folder", HostileMedia.Zip(("m/model.onnx", onnx), ("m/manifest.json", manifest)), "is not expected");
        await Row("extra entry", HostileMedia.Zip(("model.onnx", onnx), ("manifest.json", manifest), ("run.sh", onnx)), "is not expected");
        await Row("model.onnx twice", HostileMedia.Zip(("model.onnx", onnx), ("model.onnx", onnx), ("manifest.json", manifest)), "appears twice");
        await Row("no manifest", HostileMedia.Zip(("model.onnx", onnx)), "manifest.json is missing");
        await Row($"zip bomb ({bombBytes / 1048576} MB of zeros, honest sizes)", bomb, "unpacks to more than 16 MB");
        // Forged sizes: refused for its size, or unpacked only up to the 1 KB it claims (the SHA-256 the refusal names is
        // that of 1,024 zero bytes) — never the 64 MB it holds.
        var kilobyteOfZeros = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new byte[1024]));
        var forged = HostileMedia.WithForgedSizes(bomb, 1024);
        await runner.RowAsync($"zip bomb ({bombBytes / 1048576} MB of zeros, sizes forged to 1 KB)", forged.Length, () => PostZipAsync(forged),
            o => o.Status == "400" && (o.Message.Contains("unpacks to more than 16 MB", StringComparison.Ordinal) || o.Message.Contains($"model.onnx is {kilobyteOfZeros}", StringComparison.Ordinal)
                || o.Message.Contains("is damaged", StringComparison.Ordinal))
                ? null
                : "expected 400: too large, damaged, or only the claimed 1 KB unpacked",
            () => Escaped(marker));
        await Row("nested zip as model.onnx", HostileMedia.Zip(("model.onnx", bomb), ("manifest.json", manifest)), "SHA-256");
        await Row("manifest naming ../../evil", HostileMedia.Zip(("model.onnx", onnx), ("manifest.json", HostileMedia.Manifest("../../evil"))), "must use lower-case letters");
        var onnxSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(onnx));
        await Row("well-formed zip, bogus ONNX graph", HostileMedia.Zip(("model.onnx", onnx), ("manifest.json", HostileMedia.Manifest("hostile-graph", onnxSha))), "onnx");
        await Row("text, not a zip", Encoding.UTF8.GetBytes("model.onnx manifest.json"), "not a readable zip");
        await Row("zip cut in half", bomb[..(bomb.Length / 2)], "not a readable zip");
        await Row("empty file", [], "The uploaded file is empty");
        var oversized = new byte[HostileServer.ModelMaxUploadBytes + 65536];
        new Random(3).NextBytes(oversized);
        await Row("zip over the upload limit", oversized, "larger than 4 MB");

        await runner.RowAsync("JSON body, not multipart", 2, async () =>
        {
            using var response = await host.Admin.Http.PostAsJsonAsync(ModelRoutes.Models, new { });
            return await OutcomeAsync(response);
        }, o => o.Status == "400" && o.Message.Contains("multipart/form-data", StringComparison.Ordinal) ? null : "expected 400 asking for multipart");
        await runner.RowAsync("multipart without a file", 2, async () =>
        {
            using var content = new MultipartFormDataContent { { new StringContent("x"), "note" } };
            using var response = await host.Admin.Http.PostAsync(ModelRoutes.Models, content);
            return await OutcomeAsync(response);
        }, o => o.Status == "400" && o.Message.Contains("No file in the upload", StringComparison.Ordinal) ? null : "expected 400 asking for the file");

        var listed = await host.Admin.Http.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models);
        Assert.DoesNotContain(listed!, m => m.Name.Contains("hostile", StringComparison.Ordinal) || m.Name.Contains("evil", StringComparison.Ordinal));
        runner.Finish();
    }

    private async Task<Outcome> PostZipAsync(byte[] zip)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, ModelRoutes.UploadField, "model.zip");
        using var response = await host.Admin.Http.PostAsync(ModelRoutes.Models, content);
        return await OutcomeAsync(response);
    }

    private static async Task<Outcome> OutcomeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        string detail;
        try
        {
            detail = System.Text.Json.JsonSerializer.Deserialize<ProblemDetails>(text, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))?.Detail ?? text;
        }
        catch (System.Text.Json.JsonException)
        {
            detail = text;
        }
        return new Outcome(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), detail);
    }

    // Anything named after the marker anywhere near the models folder.
    private string? Escaped(string marker)
    {
        foreach (var root in new[] { host.Server.DataRoot, host.Work, Path.GetTempPath() })
        {
            var search = root == Path.GetTempPath() ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories;
            if (Directory.EnumerateFileSystemEntries(root, $"*{marker}*", search).FirstOrDefault() is { } found)
            {
                return $"{found} was created";
            }
        }
        return null;
    }
}
