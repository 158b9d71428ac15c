using System.Net;
using System.Text.Json;

namespace WebAttention.Client.Services.Api;

/// <summary>Turns an unsuccessful response into a message a person can act on.</summary>
public static class ApiError
{
    /// <summary>
    /// Reads ProblemDetails (<c>detail</c>, <c>title</c>, <c>errors</c>), Identity-style error lists,
    /// an <c>error</c>/<c>message</c> property, or plain text; falls back to the status code.
    /// </summary>
    public static async Task<string> ReadMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return FromBody(response.StatusCode, body);
    }

    /// <summary>The message for a response of <paramref name="status"/> with <paramref name="body"/>.</summary>
    public static string FromBody(HttpStatusCode status, string? body)
    {
        if (!string.IsNullOrWhiteSpace(body))
        {
            var trimmed = body.Trim();
            if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
            {
                var fromJson = TryJson(trimmed);
                if (!string.IsNullOrWhiteSpace(fromJson))
                {
                    return fromJson;
                }
            }
            else if (trimmed.Length <= 300 && !trimmed.StartsWith('<'))
            {
                return trimmed;
            }
        }
        return status switch
        {
            HttpStatusCode.Unauthorized => "Wrong email or password.",
            HttpStatusCode.Forbidden => "You are not allowed to do that.",
            HttpStatusCode.NotFound => "Not found.",
            HttpStatusCode.Conflict => "That already exists.",
            HttpStatusCode.TooManyRequests => "Too many attempts; wait a moment and try again.",
            >= HttpStatusCode.InternalServerError => "The server had a problem; try again later.",
            _ => $"The request failed ({(int)status}).",
        };
    }

    private static string? TryJson(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Describe(doc.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Describe(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Array:
                var parts = element.EnumerateArray().Select(Describe).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
                return parts.Count == 0 ? null : string.Join(" ", parts);
            case JsonValueKind.Object:
                // Validation problems list field errors; they say more than the title.
                if (Property(element, "errors") is { } errors)
                {
                    var described = errors.ValueKind == JsonValueKind.Object
                        ? string.Join(" ", errors.EnumerateObject().Select(p => Describe(p.Value)).Where(s => !string.IsNullOrWhiteSpace(s)))
                        : Describe(errors);
                    if (!string.IsNullOrWhiteSpace(described))
                    {
                        return described;
                    }
                }
                foreach (var name in new[] { "detail", "error", "message", "description", "title" })
                {
                    if (Property(element, name) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString()))
                    {
                        return value.GetString();
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }
}
