using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebAttention.Core.Reframing;

/// <summary>Writes an <see cref="AspectRatio"/> as <c>"9:16"</c> and reads it back.</summary>
public sealed class AspectRatioJsonConverter : JsonConverter<AspectRatio>
{
    /// <inheritdoc />
    public override AspectRatio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AspectRatio.TryParse(reader.GetString(), out var ratio) ? ratio : throw new JsonException("An aspect ratio must look like \"9:16\".");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AspectRatio value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
