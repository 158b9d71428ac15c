using System.Text.Json;
using System.Text.Json.Serialization;
using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Storage;

/// <summary>Source-generated serializer for <see cref="SaliencyIndex"/> (web defaults: camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, IgnoreReadOnlyProperties = true, WriteIndented = true)]
[JsonSerializable(typeof(SaliencyIndex))]
internal sealed partial class SaliencyIndexJsonContext : JsonSerializerContext;
