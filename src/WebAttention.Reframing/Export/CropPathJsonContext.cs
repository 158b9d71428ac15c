using System.Text.Json;
using System.Text.Json.Serialization;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Export;

/// <summary>Source-generated serializer for <see cref="CropPath"/> (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, IgnoreReadOnlyProperties = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CropPath))]
internal sealed partial class CropPathJsonContext : JsonSerializerContext;
