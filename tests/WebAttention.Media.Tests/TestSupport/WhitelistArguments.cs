using WebAttention.Media.Processes;

namespace WebAttention.Media.Tests.TestSupport;

/// <summary>The input restriction every command reading an uploaded file carries, as it renders on a command line.</summary>
internal static class WhitelistArguments
{
    public static readonly string Line = $"-protocol_whitelist file -format_whitelist {string.Join(',', UntrustedInput.Demuxers)}";
}
