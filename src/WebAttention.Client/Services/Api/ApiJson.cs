using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebAttention.Client.Services.Api;

/// <summary>JSON settings for the server's API: camelCase, enums as names or numbers.</summary>
public static class ApiJson
{
    /// <summary>Shared options (web defaults plus string enums).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
