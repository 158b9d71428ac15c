using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// Generators of hostile parser input: arbitrary bytes, arbitrary text, a soup of JSON tokens and the parser's own keys,
/// and valid documents mutated (a field dropped, a wrong type, a huge or non-finite number, deep nesting, a huge array,
/// a duplicated key). Mutations are plain values, so CsCheck shrinks a failure to the fewest, smallest mutations.
/// </summary>
internal static class JsonFuzz
{
    private const string RawMarker = "\u0001raw:";

    private const int MaxHugeText = 256 * 1024;

    private static readonly string[] Strings = ["", "x", "NaN", "Infinity", "-Infinity", "1e999", "-1", "0", "9:16", "0/0", "1/0", "-2147483648", "922337203685.4775", "1e-320", "\u0000", "null", "{}", "\ud800"];

    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "0.5", "1e308", "-1e308", "1e999", "-1e999", "1e-400", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1.7976931348623157e308", "123456789012345678901234567890", "922337203685.4775",
    ];

    /// <summary>Any bytes, 0–300 long.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.Byte.Array[0, 300];

    /// <summary>Any UTF-16 text (lone surrogates and control characters included), 0–200 chars.</summary>
    public static Gen<string> Text { get; } = Gen.Char[char.MinValue, char.MaxValue].Array[0, 200].Select(chars => new string(chars));

    /// <summary>Concatenated JSON tokens, numbers, strings and <paramref name="keys"/>: near-JSON that reaches deeper than noise.</summary>
    public static Gen<string> Tokens(params string[] keys)
    {
        string[] tokens =
        [
            "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "1", "-1", "0.5", "1e999", "NaN", "\"\"", "\"x\"",
            .. Numbers, .. keys.Select(k => $"\"{k}\""), .. keys.Select(k => $"\"{k}\":"),
        ];
        return Gen.OneOf(tokens).Array[0, 60].Select(parts => string.Concat(parts));
    }

    /// <summary>One of <paramref name="seeds"/> (valid documents) with 1–4 mutations applied.</summary>
    public static Gen<string> Mutated(params string[] seeds) =>
        Gen.Select(Gen.Int[0, seeds.Length - 1], Mutation.Gen.Array[1, 4], (seed, mutations) => Apply(seeds[seed], mutations));

    /// <summary>Applies <paramref name="mutations"/> to <paramref name="json"/> in order.</summary>
    public static string Apply(string json, IEnumerable<Mutation> mutations)
    {
        var root = JsonNode.Parse(json);
        var duplicated = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        foreach (var mutation in mutations)
        {
            root = mutation.ApplyTo(root, duplicated);
        }

        return Write(root, duplicated);
    }

    private static JsonNode Raw(string text) => JsonValue.Create(RawMarker + text);

    private static string Write(JsonNode? node, HashSet<JsonObject> duplicated)
    {
        var text = new StringBuilder();
        Write(node, text, duplicated);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text, HashSet<JsonObject> duplicated)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    text.Append(first ? "" : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, text, duplicated);
                    first = false;
                }

                if (duplicated.Contains(obj) && obj.Count > 0)
                {
                    // The same key again, with a different value: readers differ on which one wins, none may crash.
                    text.Append(',').Append(JsonSerializer.Serialize(obj.First().Key)).Append(":\"duplicate\"");
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(array[i], text, duplicated);
                }

                text.Append(']');
                break;
            case JsonValue value when value.TryGetValue<string>(out var s) && s.StartsWith(RawMarker, StringComparison.Ordinal):
                text.Append(s, RawMarker.Length, s.Length - RawMarker.Length);
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    /// <summary>
    /// One change to a document: <see cref="Target"/> picks a node (depth-first, modulo the count), <see cref="Kind"/> what
    /// happens to it, <see cref="Size"/> and <see cref="Literal"/> parametrise it.
    /// </summary>
    internal sealed record Mutation(int Target, int Kind, int Size, int Literal)
    {
        public static Gen<Mutation> Gen { get; } = CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, 1000], CsCheck.Gen.Int[0, 8], CsCheck.Gen.Int[0, 3000], CsCheck.Gen.Int[0, 100], (t, k, s, l) => new Mutation(t, k, s, l));

        public JsonNode? ApplyTo(JsonNode? root, HashSet<JsonObject> duplicated)
        {
            var nodes = new List<JsonNode?>();
            Collect(root, nodes);
            var target = nodes[Target % nodes.Count];
            JsonNode? replacement;
            switch (Kind)
            {
                case 0:
                    return Remove(root, target);
                case 1:
                    replacement = null;
                    break;
                case 2:
                    replacement = JsonValue.Create(Strings[Literal % Strings.Length]);
                    break;
                case 3:
                    replacement = Raw(Numbers[Literal % Numbers.Length]);
                    break;
                case 4:
                    replacement = JsonValue.Create(Literal % 2 == 0);
                    break;
                case 5:
                    replacement = Literal % 2 == 0 ? new JsonObject() : new JsonArray();
                    break;
                case 6:
                    // Deep nesting around the node: arrays or objects, up to 3000 levels.
                    var depth = 1 + Size;
                    var inner = Write(target, duplicated);
                    replacement = Literal % 2 == 0
                        ? Raw(new string('[', depth) + inner + new string(']', depth))
                        : Raw(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + inner + new string('}', depth));
                    break;
                case 7:
                    // A huge array of copies of the node (or of its first element).
                    // Capped at about 256 KB of text so a case stays a parser test, not an allocator test.
                    var element = target is JsonArray { Count: > 0 } a ? Write(a[0], duplicated) : Write(target, duplicated);
                    replacement = Raw("[" + string.Join(",", Enumerable.Repeat(element, Math.Min(Size, MaxHugeText / (element.Length + 1)))) + "]");
                    break;
                default:
                    if (target is JsonObject obj)
                    {
                        duplicated.Add(obj);
                        return root;
                    }

                    replacement = JsonValue.Create(new string('x', Size * 30));
                    break;
            }

            return Replace(root, target, replacement);
        }

        private static void Collect(JsonNode? node, List<JsonNode?> nodes)
        {
            nodes.Add(node);
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, value) in obj)
                    {
                        if (value is not null)
                        {
                            Collect(value, nodes);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            Collect(item, nodes);
                        }
                    }

                    break;
            }
        }

        private static JsonNode? Remove(JsonNode? root, JsonNode? target)
        {
            switch (target?.Parent)
            {
                case JsonObject obj:
                    obj.Remove(target.GetPropertyName());
                    return root;
                case JsonArray array:
                    array.RemoveAt(target.GetElementIndex());
                    return root;
                default:
                    return Raw(string.Empty);
            }
        }

        private static JsonNode? Replace(JsonNode? root, JsonNode? target, JsonNode? replacement)
        {
            switch (target?.Parent)
            {
                case JsonObject obj:
                    obj[target.GetPropertyName()] = replacement;
                    return root;
                case JsonArray array:
                    array[target.GetElementIndex()] = replacement;
                    return root;
                default:
                    return replacement;
            }
        }
    }
}
